"""The dateline forms each stage reads, from one module."""
from hadath.text.dateline import agency_dateline_end, closes_dateline, outlet


def test_outlet_before_a_slash():
    assert outlet("شفق نيوز/ أعلنت قيادة العمليات المشتركة") == "شفق نيوز"
    # A slash deep in the running sentence names no outlet.
    assert outlet("أعلنت قيادة العمليات المشتركة في العراق اليوم عن مقتل 3 / 4") is None
    assert outlet("بغداد - أعلنت قيادة العمليات") is None


def test_agency_mark_ends_the_dateline():
    text = "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشرطة"
    assert text[agency_dateline_end(text):].strip() == "أعلنت الشرطة"
    text = "القاهرة (رويترز) - قال مسؤول"
    assert text[agency_dateline_end(text):].strip() == "قال مسؤول"
    # A bracketed aside inside the story is no dateline.
    assert agency_dateline_end("قال الرئيس (الأمريكي) إن") == 0


def test_dateline_close_is_punctuation_not_the_sentence():
    for text, end in (("دمشق - قال", 4), ("دمشق: قال", 4), ("بغداد/ المدى", 5), ("بغداد (رويترز)", 5),
                      ("الحسكة 31 / 1 / 2022\nقال", 20)):
        assert closes_dateline(text, end), text
    assert not closes_dateline("دمشق تعلن", len("دمشق"))
