### Mappe office desk (/office/): Arabic (العربية).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = مكتب Mappe للجهات
language-self = العربية
language = اللغة
back = رجوع
cancel = إلغاء
close = إغلاق
print = طباعة
lock = إنهاء الجلسة
working = لحظة من فضلك …

start-intro = افتح الأوراق التي يشاركها الناس مع جهتكم من تطبيق Mappe. يتم فك التشفير في هذا المتصفح فقط.
start-create-title = إنشاء مفتاح الجهة
start-create-intro = مفتاح واحد للجهة كلها (مثلاً فريق واحد). يمسح الناس بطاقته ضوئياً ليشاركوا معكم.
office-name = اسم الجهة
office-name-hint = كما يعرفها الناس، مثلاً «Jobcenter Musterstadt, Team 3».
office-kind = نوع الجهة
passphrase = عبارة المرور
passphrase-again = عبارة المرور مرة أخرى
passphrase-hint = 8 أحرف على الأقل. يحتاجها كل من يفتح المشاركات في هذا المكتب.
passphrase-mismatch = عبارتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
name-missing = يرجى إدخال اسم الجهة.
create = إنشاء مفتاح الجهة
start-import-title = استخدام مفتاح جهة موجود
start-import-intro = من حاسوب آخر لهذه الجهة (ملف تصدير)، أو مفتاح أُنشئ بسطر الأوامر (الملفان keystore.mappe و agency.json من مجلده).
import-files = اختيار الملفات
import-done = تم حفظ مفتاح الجهة في هذا المتصفح. افتحه بعبارة المرور الخاصة به.
start-unlock-title = فتح المكتب
unlock-office = الجهة: { $name }
unlock = فتح
start-other-key = استخدام مفتاح جهة آخر في هذا المتصفح
start-other-key-warning = هذا يحذف مفتاح الجهة من هذا المتصفح. صدّره أولاً إذا لم يكن محفوظاً في مكان آخر.
start-other-key-yes = نعم، احذفه من هذا المتصفح
locked-idle = انتهت الجلسة بعد 15 دقيقة دون استخدام.

recovery-title = رمز الاسترداد لمفتاح الجهة
recovery-intro = اكتب هذا الرمز على ورقة واحفظها في مكان مقفل. به يمكن إعادة إنشاء المفتاح إذا فُقدت كل النسخ.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح كل ما يُشارك مع جهتكم.
recovery-written = لقد كتبته

kind-jobcenter = مركز العمل (Jobcenter)
kind-auslaenderbehoerde = دائرة الأجانب (Ausländerbehörde)
kind-sozialamt = مكتب الشؤون الاجتماعية (Sozialamt)
kind-agentur_fuer_arbeit = وكالة العمل (Agentur für Arbeit)
kind-bamf = المكتب الاتحادي للهجرة واللاجئين (BAMF)
kind-beratungsstelle = مركز استشارات
kind-sprachschule = مدرسة لغة
kind-other = أخرى

desk-title = المكتب
desk-card-title = بطاقة جهتكم
desk-card-intro = يمسح الناس هذا الرمز بتطبيق Mappe ليشاركوا أوراقهم مع جهتكم فقط.
desk-fingerprint = المفتاح
desk-poster = ملصق للمكتب (A4)
desk-export = تصدير مفتاح الجهة
desk-export-intro = لحاسوب ثانٍ في الجهة نفسها. يبقى الملف مقفلاً بعبارة المرور.
desk-export-done = تم حفظ ملف التصدير. استورده على الحاسوب الآخر وافتحه بعبارة المرور نفسها.
desk-open-title = فتح مشاركة
desk-open-intro = امسح الرمز الذي يعرضه الشخص ضوئياً، أو الصق الرابط.
open-scan = المسح بالكاميرا
open-link = الرابط
open-link-go = فتح
open-picture = من صورة
open-opening = جارٍ الفتح والتحقق …
scan-title = ضع الرمز أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. الصق الرابط أو اختر صورة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز في هذه الصورة.
open-other-relay = هذه المشاركة موجودة على خادم ترحيل آخر ({ $host }). افتحها في مكتب ذلك الخادم.
not-a-link = هذا ليس رابط مشاركة من Mappe.

poster-title = شاركوا أوراقكم معنا
poster-text = افتح Mappe على هاتفك، واختر «مشاركة»، ثم «جهة واحدة فقط»، وامسح هذا الرمز.
poster-check = تأكد أن التطبيق يعرض هذه الجهة وهذا المفتاح:

share-stated = ما صرّح به الشخص، دون تغيير منذ المشاركة
share-stated-text = موقَّعة من Mappe صاحبة هذا المفتاح ولم تتغير منذ مشاركتها:
share-stated-note = يُظهر هذا مَن شاركه وأنه لم يُغيَّر شيء، ولا يُثبت أن المعلومات صحيحة.
share-from-sitting = معروضة من هذه الجلسة، ولم تُجلب مرة أخرى.
share-fetch-again = الجلب مرة أخرى (يستهلك فتحة إضافية)
share-fetch-again-confirm = الجلب مرة أخرى يستهلك مرة إضافية من مرات الفتح المسموح بها. هل تريد الجلب مرة أخرى؟
share-fetch-again-yes = نعم، اجلبها مرة أخرى
share-shared-with = مُشاركة مع
share-anyone = أي شخص لديه الرمز أو الرابط
share-office = { $name }
share-purpose = الغرض
share-valid-until = صالحة حتى
share-opens = مرات الفتح
share-opens-of = { $opens } من { $max }
share-opens-unlimited = { $opens } (بلا حد)
share-revision = النسخة
share-live = محدَّثة: التصحيحات اللاحقة تصل مع الفتح التالي.
share-revised = آخر تصحيح
share-changed-title = ما تغيّر منذ آخر فتح لكم
share-changed-intro = منذ النسخة { $revision }:
share-changed-none = لم يتغير شيء منذ آخر فتح لكم.
share-changed-added = (جديد)
share-changed-removed = (محذوف)
share-fields = الأوراق المُشاركة، كما صرّح بها الشخص
share-scans = المسوحات الضوئية
share-scan-size = { $size }
share-scan-open = فتح
share-scan-download = تنزيل
share-consent-title = ما عُرض على الشخص وما وافق عليه
share-consent-lang = باللغة: { $lang }
share-record = طباعة المحضر للملف
share-close = إغلاق هذه المشاركة
share-id = رقم المشاركة
share-created = تاريخ المشاركة

attest-title = تأكيدات من الجهات
attest-intro = وقّعت جهةٌ هذه المعلومات بنفسها. يُفحص كلٌّ منها على حدة.
attest-confirmed = أكّدته { $name } بتاريخ { $date }
attest-untrusted = موقَّع من جهة ليست على قائمة الثقة لديكم
attest-status-unknown = تعذّر التحقق مما إذا كانت الجهة قد سحبته
attest-withdrawn = سحبته الجهة
attest-expired = انتهت صلاحية التأكيد بتاريخ { $date }
attest-not-yet-valid = التأكيد مؤرَّخ في المستقبل ({ $date })
attest-invalid = غير صالح — لا يُعرض: { $reason }
attest-reason-malformed = تالف أو ليس تأكيدًا من جهة
attest-reason-algorithm = طريقة توقيعه غير مقبولة
attest-reason-bad_signature = توقيع الجهة غير مطابق، فقد تم تغييره
attest-reason-bad_disclosure = معلومة فيه لم توقّعها الجهة
attest-reason-bad_key_binding = غير مرتبط بهذه المشاركة
attest-reason-other_holder = صدر لشخص آخر
attest-reason-unknown_type = نوع غير معروف من الأوراق
attest-reason-bad_claim = معلومة فيه ليست بالشكل الصحيح
attest-reason-too_large = حجمه كبير جدًا
attest-reason-other = لم يجتز أحد الفحوص ({ $detail })
attest-trust-problem = تعذّر استخدام قائمة الثقة الخاصة بالجهات. لا تُعدّ أي جهة مدرجة فيها.
attest-kind = الورقة
attest-kind-residence = وثيقة إقامة
attest-kind-certificate = شهادة
attest-kind-recognition = معادلة مؤهل أجنبي
attest-about = بخصوص الإدخال
attest-facts-confirmed = معلومات مؤكَّدة
attest-facts = معلومات وقّعتها الجهة (غير مؤكَّدة)
attest-facts-none = لا تُعرض أي معلومات.
attest-office = الجهة
attest-office-unlisted = ليست على قائمة الثقة لديكم
attest-office-key = مفتاح الجهة
attest-issued = تاريخ الإصدار
attest-expires = التأكيد صالح حتى
attest-status-as-of = تم فحص قائمة السحب
attest-yes = نعم
attest-no = لا

claim-kind = النوع
claim-number = رقم الوثيقة
claim-valid_from = صالح من
claim-valid_until = صالح حتى
claim-legal_basis = الأساس القانوني
claim-work_permitted = العمل مسموح
claim-level = المستوى
claim-issuer = صادر عن
claim-date = التاريخ
claim-degree = المؤهل
claim-decision = القرار

record-title = محضر مشاركة Mappe تم التحقق منها
record-retrieved = تم الجلب في { $date }
record-by = بواسطة { $name } (المفتاح { $fingerprint })
record-from = البيانات من Mappe صاحبة المفتاح

section-profile = البيانات الشخصية
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
section-other = بيانات أخرى
empty = —

field-given_names = الأسماء الأولى
field-family_name = اسم العائلة
field-aliases = أسماء أخرى
field-birth_date = تاريخ الميلاد
field-birth_place = مكان الميلاد
field-nationality = الجنسية
field-languages = اللغات
field-contact = التواصل
field-phone = الهاتف
field-email = البريد الإلكتروني
field-address = العنوان
field-kind = النوع
field-title = العنوان الوصفي
field-organisation = المدرسة أو جهة العمل أو مقدم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = صادرة عن
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى (الإطار الأوروبي)
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالحة حتى
field-authority = الجهة المصدرة
field-language = اللغة
field-level = المستوى
# unreviewed
field-legal_basis = الأساس القانوني
# unreviewed
field-work = العمل
# unreviewed
field-conditions = الشروط (Auflagen)
# unreviewed
work-permitted = العمل مسموح
# unreviewed
work-permitted_with_approval = العمل فقط بإذن من دائرة الأجانب
# unreviewed
work-not_permitted = العمل غير مسموح

item-education = المدرسة أو الدراسة
item-work = العمل
item-training = تدريب أو دورة
item-other = أخرى
item-language = شهادة لغة
item-qualification = مؤهل
item-recognition = معادلة مؤهل أجنبي
item-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
item-aufenthaltsgestattung = إذن إقامة أثناء اللجوء (Aufenthaltsgestattung)
item-duldung = تسامح (Duldung)
item-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
item-visa = تأشيرة
item-eu_citizen = مواطن من الاتحاد الأوروبي

lang-de = الألمانية
lang-en = الإنجليزية
lang-ar = العربية
lang-uk = الأوكرانية
lang-fa = الفارسية
lang-tr = التركية

error-wrong_passphrase = عبارة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = فشل التحقق: البيانات تغيرت أو تلفت، أو التوقيع غير مطابق. لا يُعرض شيء.
error-format = هذا ليس ملفاً أو مشاركة من Mappe، أو أنه من نسخة أحدث من Mappe.
error-bad_input = هذا غير مقبول. يرجى التحقق منه.
error-not_found = لا توجد مشاركة كهذه على خادم الترحيل.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى خادم الترحيل. تحقق من اتصال الشبكة.
error-relay = رفض خادم الترحيل ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص خادمَ الترحيل بيانات. لا يُعرض شيء.
error-revoked = ألغى الشخص هذه المشاركة. لم يعد بالإمكان فتحها.
error-expired = انتهت صلاحية هذه المشاركة. اطلب من الشخص مشاركة جديدة.
error-used_up = فُتحت هذه المشاركة بالعدد المسموح به. اطلب من الشخص مشاركة جديدة.
error-not_for_this_office = هذه المشاركة موجهة إلى جهة أخرى. لا يمكن فتحها هنا.
error-older_revision = تحذير: قدّم خادم الترحيل نسخة من هذه المشاركة أقدم مما رأته هذه الجهة من قبل. لا يُعرض شيء. أبلغ الشخص وقسم تقنية المعلومات لديكم.
error-recovery_code = رمز الاسترداد مكتوب بشكل خاطئ.
error-internal = حدث خطأ داخل Mappe. يرجى إبلاغ قسم تقنية المعلومات لديكم.
error-storage = لم يتمكن المتصفح من حفظ البيانات.
error-detail = تفاصيل: { $detail }

## تأكيد وثيقة: تُوقّع الجهة على معلومات عن وثيقة الشخص ويمكنها سحب التأكيد.

desk-issue-intro = أكّد معلومات تحقّقت منها في وثيقة الشخص، مثل تصريح الإقامة. هنا ترى ما أكّدته هذه الجهة ويمكنك سحبه.
desk-issue = تأكيد وثيقة
issue-title = تأكيد وثيقة
issue-intro = أنت توقّع على معلومات تحقّقت منها. يحتفظ الشخص بالتأكيد في تطبيق Mappe ويمكنه عرضه على جهات أخرى، فترى أن جهتك أكّدته.
issue-holder = مفتاح الشخص
issue-holder-hint = يعرضه تطبيق Mappe لدى الشخص تحت «مفتاحي للدوائر الرسمية»: ‏64 حرفًا من 0–9 و a–f. المسافات لا تهم.
issue-facts = المعلومات التي تؤكّدها
issue-facts-hint = املأ فقط ما تحقّقت منه. الحقول الفارغة تُترك.
issue-choose = يرجى الاختيار
issue-expires = التأكيد صالح حتى
issue-expires-hint = بعد هذا اليوم تراه الجهات الأخرى منتهي الصلاحية.
issue-submit = توقيع التأكيد
issue-holder-bad = يجب أن يتكوّن مفتاح الشخص من 64 حرفًا من 0–9 و a–f. يرجى التحقق مما تم لصقه.
# $name: اسم الحقل الفارغ.
issue-missing = يرجى ملء: { $name }
issue-expires-bad = يجب أن يكون التأكيد صالحًا حتى يوم بعد اليوم.
issue-done-title = تم توقيع التأكيد
# $n: رقم التأكيد لدى هذه الجهة.
issue-number = التأكيد رقم { $n }
issue-done = أعطه للشخص: يمسح هذا الرمز بتطبيق Mappe، أو تعطيه الملف.
issue-qr-alt = رمز التأكيد
issue-qr-too-long = هذا التأكيد أطول من أن يتسع له رمز. أعطِ الشخص الملف أو النص.
issue-download = تنزيل الملف
issue-text = التأكيد كنص للنسخ
# $detail: سبب خادم الترحيل.
issue-publish-failed = لم يقبل خادم الترحيل قائمة السحب الخاصة بهذه الجهة. تبقى محفوظة في هذا المتصفح وتُرسل مرة أخرى مع التأكيد أو السحب التالي. ({ $detail })
issue-list-title = التأكيدات الصادرة
issue-list-note = كما هي محفوظة في هذا المتصفح. أكّد الوثائق من حاسوب واحد فقط في الجهة.
issue-list-empty = لم يصدر أي تأكيد بعد.
issue-holder-short = مفتاح الشخص
issue-state = الحالة
issue-state-valid = صالح
# $date: يوم السحب.
issue-state-withdrawn = سُحب بتاريخ { $date }
issue-state-expired = منتهي الصلاحية
issue-withdraw = سحب
# $n: رقم التأكيد.
issue-withdraw-confirm = سحب التأكيد رقم { $n }؟ ستراه الجهات الأخرى مسحوبًا. لا يمكن التراجع عن ذلك.
issue-withdraw-yes = نعم، اسحبه
# $n: رقم التأكيد.
issue-withdrawn = تم سحب التأكيد رقم { $n }.
