"""Closed word classes of Arabic news grammar the coder reads clauses with
(prepositions, particles, complementizers, relatives, place and office
nouns, quantifiers), as normalized keys. Open-class vocabulary (triggers and
cue words) lives in data/triggers, not here."""
from __future__ import annotations

import re

from hadath.text.normalize import key

# على نطاق واسع, على صعيد, على الرغم: على opens a phrase of manner, no target
MANNER_NOUNS = frozenset(key(w) for w in "نطاق صعيد مستوى أساس اساس الرغم رغم".split())
# Words that end the doer/target noun phrase: prepositions (bare and with a
# pronoun), particles, relatives, time words, quantities, auxiliaries, manner nouns.
STOP_WORDS = MANNER_NOUNS | frozenset(key(w) for w in (
    "في على عن من إلى الى مع ضد إن ان أن أنه انه أنها انها إنه إنها الذي التي الذين اللذين هنا هناك "
    "قد لقد كما منذ خلال بعد قبل حيث وذلك ذلك هذا هذه هو هي هم وهو وهي أو او ثم بين عبر حول "
    "نحو لدى عند عقب إثر اثر بسبب جراء لكن لكنه غير كل وفق وفقا بينما فيما حسبما بشأن بخصوص "
    "بعدما عندما حينما كلما طالما لما مثلما بما عما "
    "وصفه وصفها وصفته وصفتها وصفوه وصفوها وصفهم وصفتهم يصفهم تصفهم يصفه يصفها تصفه تصفها "
    "تلك هؤلاء هذان هاتان هذين هاتين أولئك يزال تزال زال مازال لازال كلا سرعان "
    "أننا اننا إننا أنني انني إنني أنهم انهم إنهم أنكم انكم نحن ونحن أنا نفسه نفسها أنفسهم انفسهم أنفسنا "
    "مقابل ومقابل إما اما أصابع اصابع بخلاف خلافا "
    "تعليمات تعليماته تعليماتها توجيهات توجيهاته توجيهاتها أوامر اوامر أوامره اوامره "
    "يوم امس أمس اليوم مساء صباح فجر ليل أثناء اثناء كذلك وكذلك أيضا ايضا لكي كي حتى ما مما "
    "بحسب وبحسب حسب وحسب طبقا نقلا إذ اذ وما ومن يد بيد أيدي ايدي أكثر اكثر أقل اقل حوالي قرابة زهاء تم يتم وتم جرى "
    "كان كانت يكون تكون عليه عليها عليهم عليهما به بها بهم فيه فيها فيهم له لها لهم منه منها "
    "منهم عنه عنها عنهم إليه اليه إليها اليها لديه لديها وقت سابق لاحق ضمن دون تجاه حيال وسط "
    "خارج داخل أمام امام خلف فوق تحت مؤخرا حاليا سابقا لاحقا مجددا ساعة ساعات يوما أيام ايام "
    "إزاء ازاء رغم برغم ورغم الرغم جراء بلا إذ اذ سياق متصل "
    "أسبوع اسبوع أسابيع شهر أشهر شهرا عام عاما أعوام سنة سنوات").split())
IN = key("في")
PREPOSITIONS = frozenset(key(w) for w in "في من إلى الى على عن مع أمام امام لدى".split())
COMPLEMENTIZERS = frozenset(key(w) for w in
                            "إن ان أن أنه انه أنها انها إنه إنها أنهم انهم إنهم بأن بان وأن بأنه بأنها".split())
AGENT_MARKERS = tuple(tuple(key(w) for w in m.split()) for m in
                      ("على يد", "على أيدي", "من قبل", "بيد", "بايدي", "بنيران", "برصاص"))
TARGET_MARKERS = tuple((key(w),) for w in ("على", "ضد", "علي", "استهدف", "استهدفت", "بحق"))
ALA_YAD = AGENT_MARKERS[0]
WITH = (key("مع"),)
# اشتباكات, مواجهات, تبادل (لإطلاق النار): a fight with a side named after مع
CLASH_WORDS = frozenset(key(w) for w in (
    "اشتباكات اشتباك مواجهات مواجهة معارك معركة تبادل قتال اشتبك اشتبكت اشتبكوا يشتبك تشتبك يشتبكون").split())
BETWEEN = key("بين")
COUNTERPART = key("نظير")  # نظيره, نظيرته: his counterpart, another person
ANY = frozenset(key(w) for w in "أي اي أية اية".split())  # أي اتفاق: any deal, none made
MEDIATION = key("وساط")  # وساطة, بوساطة: a third party's
COMPARATIVES = frozenset(key(w) for w in "أكبر اكبر أكثر اكثر أبرز ابرز أهم اهم أخطر اخطر أعلى أول".split())
BORDER_WORDS = frozenset(key(w) for w in "الحدود الحدودي الحدودية السياج الفاصل الفاصلة".split())
THAT_HE = frozenset(key(w) for w in "أنه انه أنها انها أنهم انهم أنهما انهما".split())  # (بأنه: of being)
# بدعم, بسرقة, بقتل: form-I nouns of a charge that the verbal-noun patterns miss
CHARGE_NOUNS = frozenset(key(w) for w in "دعم سرقة قتل خطف تمويل تهريب قصف خرق تزوير".split())
# With whom: the second party of a meeting, a deal or a clash (اشتباكات مع X).
PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
# بدعوة من بريطانيا, بطلب من موسكو, مساعدات من السعودية: من right after these
# nouns marks who asked or gave (after تحذير من it marks the danger).
FROM_DOER_TYPES = frozenset({"REQUEST", "AID", "SUPPORT"})
PLACE_NOUNS = frozenset(key(w) for w in (
    "مدينة محافظة بلدة قرية حي منطقة مخيم ريف مديرية ناحية قضاء ولاية إقليم اقليم العاصمة "
    "مطار ميناء سجن معبر جبل جبال شارع ساحة ميدان مدينه محافظه بلده قريه منطقه مديريه ناحيه ولايه "
    "قاعدة قاعده حقل حقول مستشفى مقاطعة مقاطعه مشارف محيط ضواحي تخوم جبهات ساحات ميادين "
    "منطقتي مدينتي بلدتي قريتي مديريتي محافظتي مطاري ميناءي").split())  # (duals: منطقتي الكيلو 10 والكيلو 7)
# What a force retakes: ground (استعاد الجيش مواقع, استعادة السيطرة على), not
# calm, consciousness or value (استعادت نشاطها, استعاد الوعي).
GROUND = PLACE_NOUNS | frozenset(key(w) for w in (
    "مدن بلدات قرى مناطق أحياء مواقع موقع موقعا أراض أراضي الأراضي مرتفعات تلال تلة تبة تباب أجزاء "
    "مطارات قواعد معابر مخيمات جيب جيوب معسكر معسكرات مفرق معقل معاقل مساحة مساحات "
    "قريتين بلدتين مدينتين منطقتين").split())
CONTROL = key("سيطر")
# Heads of a province: حاكم المقاطعة is its governor, not a boycott's.
GOVERNORS = frozenset(key(w) for w in "حاكم محافظ والي رئيس".split())
# من مقاطعة كيبيك, شريف مقاطعة كلاي, 11 مقاطعة: words before a place noun
# that, with a name after it, make it a province (حذر من مقاطعة الانتخابات
# has a definite object: a boycott).
PROVINCE_HEADS = frozenset(key(w) for w in (
    "من مثل شريف مأمور سكان لسكان محكمة شرطة بشرطة مستشفى سلطات مكتب بلدية عام حكومة").split())
RELATIVE_DATE = re.compile(
    "اليوم|أمس|امس|البارحة|الليلة|الليله|صباح|مساء|فجر|ظهر|الاثنين|الإثنين|الثلاثاء|الأربعاء|"
    "الاربعاء|الخميس|الجمعة|الجمعه|السبت|الأحد|الاحد|الماضي|الماضية|الحالي")
WITHOUT = frozenset(key(w) for w in "بدون دون بلا".split())  # طائرة بدون طيار
ABOUT = key("عن")  # أعرب عن تقديره: what is voiced
# تقديره لدعوة الملك, دعمها لمطالبة البرلمان: nouns whose ل-complement is
# another's call, no purpose of the sentence's subject
NOUNS_TAKING_L = frozenset(key(w) for w in (
    "تقدير تقديره تقديرها تقديرهم دعم دعمه دعمها دعمهم ترحيب ترحيبه ترحيبها تأييد تأييده تأييدها "
    "استجابة استجابته استجابتها رفض رفضه رفضها رفضهم امتثال").split())
# المرصد، ومقره بريطانيا: where a body sits, not who acts
SEATED = frozenset(key(w) for w in "مقره مقرها مقرهم ومقره ومقرها ومقرهم".split())
# بشكل خاص, بصورة مباشرة: the word after says how, never who
MANNER = frozenset(key(w) for w in "بشكل وبشكل بصورة وبصورة بطريقة وبطريقة بصفة وبصفة".split())
QUOTES = frozenset('"«»“”')
CLAUSE_PUNCT = frozenset("،,؛;:")
# لكن السلطات رفضت, بينما الحكومة أعلنت: words after which a clause opens,
# so a definite noun right after them and right before a verb is its subject.
CLAUSE_OPENERS = frozenset(key(w) for w in "لكن ولكن بينما وبينما فيما وفيما حيث إذ اذ ثم".split())
CONTRASTING = frozenset(key(w) for w in "لكن ولكن بينما وبينما فيما وفيما".split())  # a new subject follows
# A pronoun that points back to the noun before the verb: زيارة يلتقي خلالها,
# آخر مرة التقى فيها الرئيسان.
RESUMPTIVE = frozenset(key(w) for w in "خلالها خلاله خلالهما فيها فيه فيهما".split())
OBJECT_CARRIERS = frozenset(key(w) for w in "إياه إياها إياهم إياهما إياكم".split())  # متهما إياها
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")  # longest first
SENTENCE_QUESTION = frozenset("؟?")
INSTITUTION_NOUNS = frozenset(key(w) for w in
                              "منظمة منظمه هيئة هيئه مركز مسؤول مؤتمر وزارة وزاره مكتب اتحاد جمعية "
                              "جمعيه جبهة جبهه حركة حركه جيش حزب فصيل لواء كتائب "
                              "مدير فريق غرفة غرفه قائد قيادة قياده مجلس منتدى".split())
QUANTIFIERS = frozenset(key(w) for w in "كل جميع كافة عدد بعض مئات عشرات آلاف الاف معظم غالبية".split())
# مجموعة من العقوبات, حزمة من الإجراءات: a collective before a partitive من.
COLLECTIVES = frozenset(key(w) for w in "مجموعة مجموعه حزمة سلسلة موجة جملة دفعة".split())
WAS = frozenset(key(w) for w in "كان كانت وكان وكانت كانوا وكانوا".split())  # كان ... قد: "had"
PASSIVE_AUXILIARIES = frozenset(key(w) for w in "تم يتم وتم تمت وتمت تتم جرى يجرى وجرى جرت وجرت".split())
# Words between a casualty word and its count that do not push them apart.
HEDGES = frozenset(key(w) for w in "ما لا يقل عن أكثر اكثر من نحو حوالي قرابة زهاء على الأقل الاقل".split())
# Units of time after a number: an age or a span (فتى يبلغ من العمر 13 عاما,
# خلال 3 أيام), never a toll (not يوم: قتل المسلحون 12 يوم الجمعة).
DURATIONS = frozenset(key(w) for w in (
    "عام عاما أعوام سنة سنوات سنين شهر شهرا أشهر شهور أسبوع أسبوعا أسابيع يوما أيام ساعة ساعات "
    "دقيقة دقائق").split())
# One person named by an indefinite singular noun (مقتل مدني, إصابة طفل): a toll of one.
SINGLE_PERSONS = frozenset(key(w) for w in (
    "مدني مدنيا شخص شخصا طفل طفلا امرأة امرأه سيدة رجل رجلا جندي جنديا عنصر عنصرا مقاتل مقاتلا "
    "شرطي شرطيا صحفي صحفيا مواطن مواطنا ضابط ضابطا فتى فتاة طفلة مسن مسنا").split())
# One person's office (الرئيس الفلبيني, وزير الخارجية): an actor who speaks as a person.
PERSON_TITLES = frozenset(key(w) for w in (
    "رئيس الرئيس وزير الوزير وزيرة الوزيرة ملك الملك أمير الأمير ولي زعيم الزعيم عاهل العاهل "
    "متحدث المتحدث سفير السفير نائب النائب مرشد المرشد المستشار المستشارة مستشار").split())
MASCULINE_TITLES = PERSON_TITLES - frozenset(key(w) for w in "وزيرة الوزيرة المستشارة".split())
# The plain words for an attack: with a person as the attacker and no weapon
# or toll in the clause, news uses them for words (شن الرئيس هجوما على الكويت).
ATTACK_WORDS = frozenset(key(w) for w in "هاجم يهاجم هاجمت تهاجم هجوم هجوما هجوماً مهاجمة بمهاجمة".split())
# هاجم X نظيره السابق، الأربعاء، قائلا: a speech participle after the verb,
# before the next trigger, says the attack was made in words.
SPEECH_PARTICIPLES = frozenset(key(w) for w in "قائلا قائلة مضيفا مضيفة واصفا واصفة معتبرا معتبرة".split())
# ... and so in a tweet, a speech, an interview or a statement (هاجم في
# تغريدة, هاجم قائلا).
SPEECH_MEDIA = SPEECH_PARTICIPLES | frozenset(key(w) for w in (
    "تغريدة تغريدات بتغريدة تغريدته تغريدتها تصريحات تصريح بتصريحات تصريحاته "
    "كلمة كلمته بكلمة خطاب خطابه مقابلة مقابلته برنامج برنامجه بيان بيانه لفظيا").split())
# من before an imperfect verb is the relative "whoever", not "from".
WHOEVER = frozenset(key(w) for w in "من لمن بمن ومن فمن".split())
# فيما, بينما, حيث: after a verb these open no object (قتلوا فيما أصيب آخرون).
NO_OBJECT = frozenset(key(w) for w in "فيما بينما حيث حين عندما وقد فورا".split())
# رد/ردا على X: what X names was done to the one replying, not by it.
REPLY_WORDS = frozenset(key(w) for w in "رد ردا رداً الرد يرد ترد سيرد سترد ردها رده ردهم".split())
ON = frozenset(key(w) for w in "على علي".split())
# طلب من X, طلب أن: what the verb طلب takes and the noun طلب does not.
REQUEST_COMPLEMENTS = frozenset(key(w) for w in "من أن ان بأن منه منها منهم منهما".split())
REQUEST_REACH = 6
# حذر X من: warned X of; من أنه/أنها after it is what the speaker itself will do.
WARN = key("حذر")
WARNED_REACH = 6
SELF_COMPLEMENTS = frozenset(key(w) for w in "أنه أنها أنهم أنهما انه انها انهم انهما".split())
TIME_PREPOSITIONS = frozenset(key(w) for w in "خلال أثناء اثناء بعد قبل منذ إثر اثر عقب جراء".split())
RELATIVES = frozenset(key(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
COURT_WORDS = tuple(key(w) for w in ("محكمة", "القضاء", "قاضي", "قاض", "النيابة", "محلفين"))
# بحسب الأمم المتحدة, وفقا للمرصد, نقلا عن مصادر: what follows is a source
# of the report, not a party to what it tells.
# قوات الجيش مسنودة بطيران التحالف, بإسناد من التحالف, المدعومة من إيران:
# who backs the doer; the one named after these is no party to the deed. بدعم
# backs only with من (بدعم من التحالف): تعهدت بدعم أوكرانيا names whom it supports.
BACKING = frozenset(key(w) for w in (
    "مدعوم مدعومة مدعوما مدعومين مدعومون المدعوم المدعومة المدعومين مسنود مسنودة مسنودا مسنودين "
    "المسنود المسنودة المسنودين بإسناد وبإسناد بمساندة وبمساندة بغطاء وبغطاء بمؤازرة").split())
BACKING_WITH_FROM = frozenset(key(w) for w in "بدعم وبدعم".split())
ATTRIBUTION = frozenset(key(w) for w in "بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا طبقا وطبقا نقلا ونقلا".split())
# مما أسفر عن مقتل, أدى إلى إصابة, تسبب بمقتل: the toll of the act told just before.
RESULT_VERBS = frozenset(key(w) for w in
                         "أسفر أسفرت يسفر تسفر أدى أدت يؤدي تؤدي تسبب تسببت يتسبب خلف خلفت أوقع أوقعت".split())
# Heads of news sources: they report events, they take no part in them.
SOURCE_WORDS = frozenset(key(w) for w in (
    "مصادر مصدر المصادر المصدر تقارير التقارير وكالة الوكالة صحيفة الصحيفة موقع قناة "
    "المرصد مراسل وسائل").split())
ACTING_AGENCIES = frozenset(key(w) for w in (
    "الدولية المخابرات الاستخبارات الفضاء الأمم الطاقة للطاقة الأمن الغوث").split())
# قرار ترامب الانسحاب, أصدر المجلس قرارا يدعو: a decision or a paper acts for
# whoever made it; the maker, not the paper, is the actor.
DOCUMENT_NOUNS = frozenset(key(w) for w in (
    "قرار قرارا قرارات تقرير تقريرا بيان بيانا رسالة خطاب خطابا وثيقة").split())
# دعا المجتمع الدولي, ناشدت المواطنين, طالب جميع الأطراف: those a call is
# made to; right after a call verb they are whom it calls on, the subject
# being dropped (the speaker of the sentences before).
ADDRESSEES = frozenset(key(w) for w in "المجتمع الأطراف المواطنين".split())
# وثمن الموقف البريطاني, انتقد القرار الأمريكي: deeds and stands judged, no judge
JUDGED_THINGS = frozenset(key(w) for w in (
    "موقف مواقف جهود دور قرار قرارات خطوة خطوات مبادرة إجراءات اجراءات تصريحات سياسة سياسات "
    "دعم تعاون التزام").split())
# Outlets named without a head word (بي بي سي, not قناة بي بي سي).
NEWS_OUTLETS = tuple(key(w).lower() for w in (
    "بي بي سي", "سي إن إن", "سي ان ان", "CNN", "BBC", "سكاي نيوز", "رويترز", "فرانس برس",
    "الأناضول", "سبوتنيك", "أسوشيتد برس", "اسوشيتد برس"))
# حكمت عليهم بالإعدام, أحكام الإعدام, قضت بإعدام: a death sentence, not an execution.
SENTENCING = frozenset(key(w) for w in (
    "حكم حكمت يحكم تحكم حكما الحكم أحكام احكام الأحكام الاحكام قضت قضى تقضي يقضي عقوبة "
    "بعقوبة أدانت أدان ادانت ادان").split())
EXECUTION = key("إعدام")
# العام: "the year" (a time word, stops a phrase) or, after a definite noun, "general"
GENERAL = key("العام")
# الأمين العام, المبعوث الخاص, الرئيس التنفيذي: the adjective that ends a title
# (its body follows with ل: الأمين العام للأمم المتحدة)
TITLE_ADJECTIVES = frozenset(key(w) for w in (
    "العام العامة الخاص الخاصة التنفيذي التنفيذية الرسمي الرسمية السامي السامية الأعلى الدائم الدائمة "
    "المساعد المساعدة الأممي").split())
# خلال الصراع, منذ بدء الحرب, منذ عام 2015, منذ ثلاث سنوات: a toll summed over
# a war or years is no single happening's.
SINCE = key("منذ")
DURING = key("خلال")
SPAN_AFTER_SINCE = frozenset(key(w) for w in (
    "بدء بداية اندلاع مطلع انطلاق عام العام سنوات أعوام اعوام سنة أشهر اشهر شهور عقود عقد").split())
SPAN_AFTER_DURING = frozenset(key(w) for w in (
    "الصراع الحرب النزاع الأزمة الازمة المعارك السنوات الأعوام الاعوام الأشهر الاشهر العقود").split())
# قمة مرتقبة, زيارته المقبلة, الاجتماع المقرر, زيارة مقررة: a meeting or act still to come.
ANTICIPATED = frozenset(key(w) for w in (
    "مرتقب مرتقبة المرتقب المرتقبة المقبل المقبلة المقبلتين المقبلين القادم القادمة "
    "المقرر المقررة المزمع المزمعة المنتظر المنتظرة المتوقع المتوقعة "
    "مقرر مقررة مزمع مزمعة متوقع متوقعة").split())
# في الذكرى السنوية الأولى لهجوم: an anniversary recalls a past happening.
ANNIVERSARY = frozenset(key(w) for w in "ذكرى الذكرى بذكرى ذكري الذكري".split())
# من أجل عقد القمة, بهدف إجراء محادثات, استعدادا لبدء عملية, أبدى استعداده
# لدعوة: the noun right after says what for, or what one is ready to do.
PURPOSE_WORDS = frozenset(key(w) for w in (
    "أجل لأجل بهدف استعدادا تمهيدا استعداده استعدادها استعدادهم "
    "للتوصل للوصول لإبرام لعقد").split())  # (ل + a verbal noun: للتوصل إلى اتفاق, "to reach")
# فتوى بتحريم التفجيرات الانتحارية, قانون يجرم التعذيب: what is forbidden is no deed.
FORBIDDING = frozenset(key(w) for w in (
    "تحريم بتحريم لتحريم وتحريم تجريم بتجريم لتجريم يجرم تجرم يحرم تحرم").split())
# بأي ثمن, تدفع ثمن الجدار: after these a verb form (ثمّن, praised) is a noun (price);
# طلبت تعاونا كاملا, أبدى تعاونا: one asks for or shows cooperation (تعاونا, not "the two cooperated").
NOUN_BEFORE_VERB_FORM = frozenset(key(w) for w in (
    "أي بأي لأي دفع يدفع تدفع ستدفع سيدفع دفعت دافعا تسديد سداد تحمل "
    "طلب طلبت يطلب تطلب طالب طالبت يطالب تطالب أبدى ابدى أبدت ابدت يبدي تبدي").split())
# إذا وافقت, لو قبلت: a condition leaves even an agreement unmade (PLOVER's
# rule that promises count covers said commitments, not conditions).
CONDITIONALS = frozenset(key(w) for w in "إذا وإذا فإذا لو ولو لولا".split())
# قد before an imperfect is "may" (الهجمات التي قد تستهدف); before a perfect, "has".
MAY = key("قد")
# Cue classes of mood: closed sets of particles and set words, listed form by
# form, which a blocker phrase switches off (غير أن "however", بدون طيار "unmanned").
MOOD_CUES = frozenset({"NEG", "DENY", "HYP", "FUT"})
# جاء ذلك خلال لقائه ...: "that came during his meeting" goes on with the last
# speaker, whose words the sentence before quoted.
SAID_WHERE = frozenset(tuple(key(w) for w in f.split()) for f in ("جاء ذلك", "وجاء ذلك", "جاءت تصريحاته",
                                                                   "وجاءت تصريحاته"))
# بموجب اتفاق, في إطار اتفاقية: a deal one acts under or talks about stands already,
# unless a verb of making it follows (اتفاق تم التوصل إليه, توسطت فيه روسيا).
UNDER_A_DEAL = frozenset(key(w) for w in "بموجب وفق وفقا إطار اطار حول بشأن بخصوص من في على عن".split())
DEAL_MAKING = tuple(key(w) for w in "توصل توسط أبرم وقع".split())
# A deal named for a place or party (اتفاقية فيينا) stands too, unless signed
# (وقع/توقيع, أبرم/إبرام) right before: deal nouns that head a construct, not
# promises or approvals.
DEAL_NOUNS = frozenset(key(w) for w in "اتفاق اتفاقية اتفاقيات اتفاقيتين".split())
SIGNING_NOUNS = frozenset(key(w) for w in "توقيع إبرام".split())
