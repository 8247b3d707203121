### Mappe app: Arabic (العربية).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = أوراقك على هاتفك، مشفّرة.
language-self = العربية
language = اللغة
loading = جارٍ التحميل …
back = رجوع
cancel = إلغاء
save = حفظ
edit = تعديل
remove = حذف
yes-remove = نعم، احذف
close = إغلاق
next = التالي
print = طباعة
lock = قفل
working = لحظة من فضلك …

## Start.

start-create-title = إنشاء محفظة جديدة
start-create-intro = اختر كلمة مرور. ستحتاجها في كل مرة تفتح فيها Mappe. لا أحد يستطيع إعادة تعيينها لك.
passphrase = كلمة المرور
passphrase-again = كلمة المرور مرة أخرى
passphrase-mismatch = كلمتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
create = إنشاء المحفظة
start-unlock-title = افتح محفظتك
unlock = فتح
start-forgot = نسيت كلمة المرور أو هاتف جديد؟
start-recover = الاستعادة برمز الاستعادة
start-new-instead = إنشاء محفظة جديدة بدلاً من ذلك

recovery-title = رمز الاستعادة الخاص بك
recovery-intro = اكتب هذا الرمز على ورقة أو اطبعه. احفظه في مكان آمن بعيداً عن هاتفك.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح محفظتك.
recovery-written = لقد كتبته
recovery-confirm-title = تحقّق من رمز الاستعادة
# $n: رقم المجموعة.
recovery-confirm-group = المجموعة { $n }
recovery-confirm-wrong = هذا غير مطابق. انظر إلى ورقتك مرة أخرى.
recovery-confirm-ok = تأكيد
recovery-show-again = اعرض الرمز مرة أخرى

recover-title = استعادة محفظتك
recover-intro = اكتب رمز الاستعادة واختر كلمة مرور جديدة.
recover-code = رمز الاستعادة
recover-relay = عنوان الخادم الوسيط (إذا كانت محفظتك متزامنة)
recover-relay-hint = اتركه كما هو إذا كنت لا تعرف. عندها تبدأ المحفظة فارغة.
recover-go = استعادة
recover-synced = أُعيدت محفظتك من الخادم الوسيط.
recover-empty = عادت مفاتيحك. المحفظة فارغة حتى تقوم بمزامنتها.

locked-idle = قُفلت بعد 5 دقائق دون استخدام.

## Home.

home-title = أوراقي
section-profile = معلوماتي
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
nav-home = الأوراق
nav-share = مشاركة
nav-shares = مشاركاتي
nav-sync = مزامنة
nav-backup = نسخة احتياطية
empty-section = لا يوجد شيء هنا بعد.
add = إضافة
add-cv = إضافة إلى السيرة الذاتية
add-certificate = إضافة شهادة
add-residence = إضافة ورقة إقامة
remove-confirm = حذف هذا الإدخال؟ ستُحذف صورته الممسوحة أيضاً.
saved = تم الحفظ.
fingerprint = مفتاحك: { $fingerprint }

## يحتاج إلى انتباهك (شاشة البداية).

# unreviewed
attention-title = يحتاج إلى انتباهك
# unreviewed
urgency-expired = منتهي الصلاحية
# unreviewed
urgency-within_30_days = خلال 30 يومًا
# unreviewed
urgency-within_90_days = خلال 90 يومًا
# unreviewed
urgency-info = للعلم
# unreviewed
notice-confirmation = تأكيد من { $name }
# unreviewed
notice-share = مشاركة مع { $name }
# unreviewed
notice-live-share = مشاركة حيّة: { $name }
# unreviewed
notice-left = صالح حتى { $date }. { $days ->
    [one] بقي يوم واحد.
   *[other] بقي { $days } يومًا.
}
# unreviewed
notice-ended = انتهت صلاحيته في { $date }.
# unreviewed
notice-superseded = انتهت صلاحيته في { $date }. توجد ورقة أحدث صالحة: لا حاجة لفعل شيء.
# unreviewed
notice-share-ends = تنتهي في { $date }.
# unreviewed
notice-live-stopped = لم تعد تتابع تغييراتك.
# unreviewed
notice-unopened = لم يفتحها أحد منذ أن شاركتها بتاريخ { $date }.
# unreviewed
advice-residence-extend = قدّم طلب التمديد لدى دائرة الأجانب (Ausländerbehörde) في وقت مبكر قبل انتهاء الصلاحية. إذا لم يُبتّ في طلبك حتى ذلك الحين، تحصل على شهادة Fiktionsbescheinigung: احملها معك واحفظها مع أوراقك.
# unreviewed
advice-residence-expired = اذهب الآن إلى دائرة الأجانب (Ausländerbehörde). إذا قدّمت طلبًا قبل انتهاء الصلاحية، اطلب شهادة Fiktionsbescheinigung. يمكن لمركز استشارات الهجرة مساعدتك.
# unreviewed
advice-attestation-renew = اطلب من الجهة تأكيدًا جديدًا إذا كنت لا تزال بحاجة إليه.
# unreviewed
advice-share-again = أوقف هذه المشاركة وشارك من جديد إذا كانت الجهة لا تزال بحاجة إليها.
# unreviewed
advice-share-unopened = اسأل الجهة هل وصلها الرابط أو رمز QR. شارك من جديد إذا ضاع.
# unreviewed
paper-expired = انتهت صلاحيتها في { $date }

## Profile.

profile-given_names = الأسماء الأولى
profile-family_name = اسم العائلة
profile-aliases = أسماء أخرى (اسم في كل سطر)
profile-birth_date = تاريخ الميلاد
profile-birth_place = مكان الميلاد
profile-nationality = الجنسية
profile-languages = اللغات (لغة في كل سطر، مثل "Arabic:native" أو "Deutsch:B1")
profile-contact_phone = الهاتف
profile-contact_email = البريد الإلكتروني
profile-contact_address = العنوان
profile-edit = تعديل المعلومات
not-set = غير محدد

## Items.

field-kind = النوع
field-title = العنوان
field-organisation = المدرسة أو صاحب العمل أو مقدّم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = الجهة المُصدِرة
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالح حتى
field-authority = الجهة الرسمية
# unreviewed
field-legal_basis = الأساس القانوني
# unreviewed
legal_basis-hint = مثلًا § 16a AufenthG (مكتوب على البطاقة أو الورقة).
# unreviewed
field-work = العمل
# unreviewed
field-conditions = الشروط (Auflagen)
field-scan = صورة ممسوحة
scan-camera = التقط صورة
scan-file = اختر ملفاً
scan-show = اعرض الصورة
scan-hint = صورة (JPEG، PNG) أو PDF.
scan-bad-type = يرجى اختيار ملف JPEG أو PNG أو PDF.
date-hint = السنة، أو السنة والشهر، أو التاريخ كاملاً.

kind-education = مدرسة أو دراسة
kind-work = عمل
kind-training = تدريب أو دورة
kind-other = أخرى
kind-language = شهادة لغة
kind-qualification = مؤهل
kind-recognition = معادلة مؤهل أجنبي
kind-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = إذن بالبقاء أثناء اللجوء (Aufenthaltsgestattung)
kind-duldung = تعليق الترحيل (Duldung)
kind-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
kind-visa = تأشيرة
kind-eu_citizen = مواطن من الاتحاد الأوروبي
level-none = بدون مستوى
# unreviewed
work-none = غير مذكور
# unreviewed
work-permitted = العمل مسموح
# unreviewed
work-permitted_with_approval = العمل فقط بإذن من دائرة الأجانب
# unreviewed
work-not_permitted = العمل غير مسموح

## Share.

share-title = المشاركة مع دائرة رسمية
share-what = ماذا تريد أن تُظهر؟
share-nothing = اختر شيئاً واحداً على الأقل للمشاركة.
share-expiry = لأي مدة؟
# $days: 7 أو 30 أو 90.
share-days = { $days ->
    [one] يوم واحد
   *[other] { $days } يوماً
}
share-opens = كم مرة يمكن فتحها؟
share-opens-unlimited = بقدر ما يلزم
# $count: 1 أو 3 أو 10.
share-opens-count = { $count ->
    [one] مرة واحدة
   *[other] { $count } مرات
}
share-live = هل تُرسَل التصحيحات والإضافات اللاحقة أيضاً؟
share-live-yes = نعم، أرسل التغييرات
share-live-no = لا، فقط كما هي الآن
share-who = من يستطيع فتحها؟
share-who-anyone = أي شخص أُريه الرمز
share-who-office = دائرة واحدة فقط (امسح بطاقتها)
share-scan-card = امسح بطاقة الدائرة
share-card-file = اختر ملف البطاقة
# $name: اسم الدائرة؛ $fingerprint: مفتاحها.
share-office = الدائرة: { $name } ({ $fingerprint })
share-purpose = لأي غرض؟ (اختياري)
share-preview = مراجعة
share-consent-title = يرجى القراءة قبل المشاركة
share-confirm = نعم، شارك
share-qr-title = أظهر هذا الرمز للدائرة
share-qr-done = تم
share-relay-needed = المشاركة تحتاج إلى الإنترنت. حاول مرة أخرى عندما تكون متصلاً.

## Scanning.

scan-title = ضع بطاقة الدائرة أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. اختر ملف البطاقة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز بطاقة دائرة.

## My shares.

shares-title = مشاركاتي
shares-none = لم تشارك شيئاً بعد.
shares-refresh = تحديث
status-active = نشطة
status-pending = جارٍ الرفع
status-revoked = مسحوبة
status-expired = منتهية
status-used_up = استُنفدت
status-unknown = الحالة غير معروفة
# $date: تاريخ ووقت.
shares-until = صالحة حتى { $date }
# $count: عدد مرات الفتح.
shares-opened = { $count ->
    [0] لم تُفتح بعد
    [one] فُتحت مرة واحدة
   *[other] فُتحت { $count } مرات
}
# $date: تاريخ ووقت؛ $by: من فتحها.
shares-log-line = { $date }: { $by }
shares-by-bearer = شخص لديه الرمز
shares-for-anyone = لأي شخص لديه الرمز
# $name: اسم الدائرة.
shares-for-office = لـ { $name }
shares-live = تُرسل التصحيحات والإضافات
shares-revoke = سحب
shares-revoke-title = سحب هذه المشاركة؟
shares-revoke-warning = السحب يمنع أي فتح لاحق. لكنه لا يستطيع استرجاع ما فُتح أو شوهد أو حُفظ من قبل.
shares-revoke-yes = نعم، اسحبها
shares-revoked = تم سحب المشاركة.
shares-offline = أنت غير متصل. القائمة من آخر تحديث.

## Sync.

sync-title = المزامنة
sync-intro = اجعل محفظتك متطابقة على هاتفك وأجهزتك الأخرى. الخادم الوسيط يحفظها مشفّرة.
sync-relay = عنوان الخادم الوسيط
sync-now = زامن الآن
sync-never = لم تتم المزامنة بعد.
# $date: تاريخ ووقت.
sync-last = آخر مزامنة: { $date }
sync-ok = تمت المزامنة.
# $count: عدد التغييرات.
sync-report = { $count ->
    [0] لا جديد.
    [one] تغيير واحد.
   *[other] { $count } تغييرات.
}
sync-offline = أنت غير متصل. ستتم المزامنة عندما تعود متصلاً.
sync-queued = بانتظار الإنترنت.

## Backup.

backup-title = نسخة احتياطية
backup-intro = احفظ ملف النسخة الاحتياطية في مكان آمن (ذاكرة USB، بريدك الإلكتروني). إنه مشفّر: بدون كلمة مرورك لا يستطيع أحد قراءته.
backup-export = احفظ ملف النسخة الاحتياطية
backup-restore = الاستعادة من ملف نسخة احتياطية
backup-restore-warning = الاستعادة تستبدل المحفظة على هذا الهاتف. افتحها بعد ذلك بكلمة مرور النسخة الاحتياطية.
backup-restored = تمت استعادة النسخة الاحتياطية. افتحها بكلمة مرورها.
backup-bad = هذا ليس ملف نسخة احتياطية من Mappe، أو أنه تالف.
backup-storage-note = قد يحذف متصفحك البيانات المحفوظة عندما تقل المساحة. احتفظ بنسخة احتياطية أو قم بالمزامنة.

## Errors.

error-wrong_passphrase = كلمة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = البيانات المحفوظة تالفة أو تم تغييرها. لم يُغيَّر أو يُستبدل أي شيء. استعد نسخة احتياطية أو قم بالمزامنة.
error-format = هذا ليس ملف Mappe، أو أنه من إصدار أحدث.
error-recovery_code = رمز الاستعادة مكتوب بشكل خاطئ. تحقّق من كل مجموعة.
error-bad_input = هذه القيمة غير مقبولة. يرجى التحقق منها.
error-not_found = هذا الإدخال لم يعد موجوداً.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى الخادم الوسيط. تحقّق من اتصال الإنترنت.
error-relay = رفض الخادم الوسيط ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص الخادمَ الوسيط تغييراتٌ موجودة على هذا الهاتف. لم يُدمج شيء. جرّب خادماً آخر أو اطلب المساعدة.
error-revoked = تم سحب هذه المشاركة.
error-expired = انتهت صلاحية هذه المشاركة.
error-used_up = فُتحت هذه المشاركة بقدر المسموح.
error-internal = حدث خطأ داخل Mappe. يرجى إخبار القائمين على Mappe.
error-storage = لم يستطع المتصفح حفظ البيانات. أفرغ بعض المساحة وحاول مرة أخرى.
error-camera = تعذّر تشغيل الكاميرا.
error-detail = تفاصيل: { $detail }

## تأكيدات الدوائر: دائرة رسمية تؤكد وثيقة (docs/spec/attestation-v1.md).

key-open = مفتاحي للدوائر الرسمية
key-title = مفتاحي للدوائر الرسمية
key-intro = يمكن لدائرة رسمية أن تؤكد إحدى وثائقك. لذلك تحتاج إلى مفتاحك. اعرض على الدائرة رمز QR هذا أو أعطها المفتاح كنص.
key-key = مفتاحك
key-fingerprint = البصمة
key-fingerprint-hint = قارن البصمة بصوت عالٍ مع الدائرة.
key-copy = نسخ المفتاح
key-copied = تم نسخ المفتاح.
key-copy-failed = تعذّر نسخ المفتاح. حدّد النص بدلاً من ذلك.
key-not-secret = المفتاح ليس سرياً. هو يسمح للدائرة فقط بإصدار تأكيد لك.

attest-add = إضافة تأكيد من دائرة رسمية
attest-renew = إضافة تأكيد أحدث
attest-title = تأكيد من دائرة رسمية
attest-intro = تعطيك الدائرة نصاً أو ملفاً أو رمز QR. يتحقق Mappe منه ويحفظه مع هذه الوثيقة.
attest-paste = الصق النص الذي أعطتك إياه الدائرة
attest-import = إضافة التأكيد
attest-or = أو:
attest-file = اختر الملف
attest-scan = امسح رمز QR
attest-scan-title = ضع رمز QR الخاص بالدائرة أمام الكاميرا
attest-no-camera = لا يمكن استخدام الكاميرا. اختر الملف بدلاً من ذلك.
attest-no-code = لم يُعثر على رمز QR في هذه الصورة.
attest-empty = الصق النص أو اختر الملف أو امسح الرمز أولاً.
attest-added = تم التحقق من التأكيد وإضافته.
attest-some-office = دائرة رسمية
# $name: اسم الدائرة كما تذكره (لا يُترجم)؛ $date: آخر يوم صالح.
attest-badge = مؤكَّد من { $name } حتى { $date }
# $name: اسم الدائرة؛ $date: آخر يوم كان صالحاً.
attest-badge-expired = انتهت صلاحية التأكيد: { $name }، صالح حتى { $date }
attest-facts = ما أكدته الدائرة:
attest-error-other_holder = هذا التأكيد صادر لمفتاح شخص آخر. لم يتغير شيء. أعطِ الدائرة مفتاحك أنت (مفتاحي للدوائر الرسمية).
attest-error-wrong_paper = هذا التأكيد لنوع آخر من الوثائق. أضفه إلى الوثيقة المناسبة.
attest-error-unreadable = هذا ليس تأكيداً من دائرة يستطيع Mappe قراءته. لم يتغير شيء.
attest-error-integrity = تم تغيير هذا التأكيد أو هو تالف. لم يتغير شيء. اطلبه من الدائرة مرة أخرى.
attest-error-expired = انتهت صلاحية هذا التأكيد. لم يتغير شيء. اطلب من الدائرة تأكيداً جديداً.
attest-error-not_yet_valid = هذا التأكيد غير صالح بعد. تحقق من التاريخ في هاتفك.

# $name: اسم الدائرة.
share-attest-title = مؤكَّد من { $name }. أي المعلومات تريد أن تعرض؟
share-attest-hint = تُرسل فقط المعلومات التي تختارها. يستطيع المستلم التحقق من توقيع الدائرة.
share-attest-nothing = اختر أيضاً شيئاً واحداً على الأقل في الأعلى، مثل اسمك.

claim-kind = النوع
claim-number = الرقم
claim-valid_from = صالح من
claim-valid_until = صالح حتى
claim-legal_basis = الأساس القانوني
claim-work_permitted = العمل مسموح
claim-level = المستوى
claim-issuer = صادرة عن
claim-date = التاريخ
claim-degree = المؤهل
claim-decision = القرار
claim-yes = نعم
claim-no = لا

## سيرتي الذاتية: معاينة، ثم طباعة أو حفظ كملف PDF.

# unreviewed
cv-open = سيرتي الذاتية (Lebenslauf)
# unreviewed
cv-title = سيرتي الذاتية (Lebenslauf)
# unreviewed
cv-intro = مأخوذة من «معلوماتي» ومن إدخالات سيرتك الذاتية وشهاداتك. أوراق الإقامة لا تظهر فيها أبداً.
# unreviewed
cv-lang = لغة السيرة الذاتية
# unreviewed
cv-lang-hint = أصحاب العمل في ألمانيا يتوقعون سيرة ذاتية باللغة الألمانية.
# unreviewed
cv-photo = صورة (اختياري)
# unreviewed
cv-photo-pick = اختر صورة
# unreviewed
cv-photo-none = بدون صورة
# unreviewed
cv-photo-hint = صورة JPEG أو PNG، بحد أقصى 5 ميغابايت. تبقى على هاتفك.
# unreviewed
cv-photo-bad = لا يمكن استخدام هذه الصورة. يرجى اختيار صورة JPEG أو PNG بحجم 5 ميغابايت كحد أقصى.
# unreviewed
cv-place = المدينة (اختياري)
# unreviewed
cv-place-hint = للسطر الأخير، مثلاً «Berlin, den 02.12.2026».
# unreviewed
cv-preview = معاينة سيرتك الذاتية
# unreviewed
cv-print = طباعة أو حفظ كملف PDF
# unreviewed
cv-print-hint = في نافذة الطباعة اختر «حفظ كملف PDF» للحصول على ملف.
