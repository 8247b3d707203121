# كل ما يقوله الأمر `mappe` للشخص، باللغة العربية (الأصل: en.ftl).
# هذه النصوص مُعدّة بالترجمة الآلية، ولم يراجعها بعدُ متحدث أصلي باللغة العربية.
# (These texts were drafted by machine translation and are NOT yet reviewed by a native speaker.)
# للمترجمين: بعد مراجعة أي رسالة، احذفوا السطر "# unreviewed" الموجود فوقها (docs/translations.md).
# (Translators: remove the "# unreviewed" line above a message once you have checked it.)
# أسماء الأوامر والخيارات والملفات (`mappe share`، --relay، agency.json) تبقى كما هي في كل لغة:
# فهي تُكتب ولا تُقرأ.
# من اليمين إلى اليسار: البرنامج يحيط كل متغيّر بعلامات العزل (FSI/PDI)؛ لذلك يبدأ أغلب الأسطر بكلمة عربية.

## عام

# unreviewed
error-prefix = خطأ:
# unreviewed
word-yes = نعم
# unreviewed
word-no = لا
# unreviewed
confirm-choices = [نعم/لا]
# unreviewed
confirm-no-terminal = البرنامج لا يعمل في شاشة طرفية، لذلك لا يستطيع أحد أن يوافق: أضف --yes للموافقة على ما يظهر أعلاه
# unreviewed
file-exists = الملف { $file } موجود من قبل؛ اختر ملفًا آخر
# unreviewed
folder-unreadable = تعذّرت قراءة { $dir }: { $why }
# unreviewed
path-is-folder = المسار { $path } مجلد؛ اكتب اسم الملف الذي تريد الكتابة فيه
# unreviewed
not-a-regular-file = هذا ليس ملفًا عاديًا
# unreviewed
stdin-unreadable = تعذّرت القراءة من الإدخال القياسي
# unreviewed
save-failed = تعذّر حفظ التغيير؛ ملف المحفظة لم يتغير
# unreviewed
context-no-data-folder = لم يُعثر على مجلد بيانات للمحفظة؛ استخدم --wallet DIR أو عيّن MAPPE_HOME
# unreviewed
relay-none-chosen = لم تختر خادمًا وسيطًا بعد؛ حدّده بـ --relay https://… (يُحفظ بعد ذلك)
# unreviewed
relay-bad-url = الخيار --relay { $url }: { $why }
# unreviewed
size-bytes = { $count ->
    [one] { $count } بايت
   *[other] { $count } بايت
}
# unreviewed
size-kb = { $size } KB
# unreviewed
size-mb = { $size } MB

## كلمة المرور ورمز الاستعادة

# unreviewed
passphrase-prompt = كلمة المرور:
# unreviewed
passphrase-choose = اختر كلمة مرور لهذه المحفظة:
# unreviewed
passphrase-again = اكتبها مرة أخرى:
# unreviewed
passphrase-too-short = كلمة المرور قصيرة جدًا؛ أقل عدد من الأحرف هو { $min }
# unreviewed
passphrase-differ = كلمتا المرور مختلفتان؛ لم يُنشأ أي شيء
# unreviewed
passphrase-none-given = لم تُعطَ كلمة مرور: اكتبها في شاشة طرفية، أو عيّن MAPPE_PASSPHRASE، أو استخدم --passphrase-file
# unreviewed
passphrase-unreadable = تعذّرت قراءة كلمة المرور
# unreviewed
passphrase-file-too-large = ملف كلمة المرور { $file } أكبر من { $max } بايت
# unreviewed
passphrase-file-unreadable = تعذّرت قراءة ملف كلمة المرور: { $why }
# unreviewed
passphrase-file-not-text = ملف كلمة المرور { $file } ليس نصًا بترميز UTF-8
# unreviewed
passphrase-env-not-text = قيمة MAPPE_PASSPHRASE ليست نصًا صالحًا بترميز UTF-8
# unreviewed
recovery-code-prompt = اكتب رمز الاستعادة (مجموعات من أربعة، كما كتبته على الورقة)، ثم اضغط Enter:
# unreviewed
recovery-code-heading = رمز الاستعادة الخاص بك — اكتبه على ورقة الآن. لن يظهر إلا هذه المرة فقط.
# unreviewed
recovery-code-use = إذا فقدت هذا الجهاز أو نسيت كلمة المرور، يعيد لك هذا الرمز محفظتك.
# unreviewed
recovery-code-secret = من يملك هذا الرمز يستطيع فتح محفظتك: لا تصوّره، ولا ترسله إلى أحد.

## mappe init و recover و show

# unreviewed
init-created = أُنشئت محفظة جديدة في { $dir }.
# unreviewed
wallet-your-fingerprint = بصمة محفظتك: { $fingerprint }
# unreviewed
wallet-fingerprint = بصمة المحفظة: { $fingerprint }
# unreviewed
recover-other-wallet = توجد محفظة أخرى في { $dir }؛ اختر مجلدًا آخر بـ --wallet
# unreviewed
recover-keys-back = استُعيدت مفاتيح المحفظة في { $dir }.
# unreviewed
recover-fetch-failed = عادت المفاتيح، لكن تعذّر جلب الأوراق؛ شغّل `mappe sync` للمحاولة مرة أخرى
# unreviewed
recover-fetched = جُلبت المحفظة من { $url }: إدخالات السيرة الذاتية: { $cv }، الشهادات: { $certificates }، أوراق الإقامة: { $residence }، النسخ الممسوحة: { $scans }.
# unreviewed
recover-file-unchanged = فُتح ملف المحفظة في هذا المجلد بهذه المفاتيح؛ محتواه لم يتغير.
# unreviewed
recover-empty = المحفظة على هذا الجهاز فارغة: رمز الاستعادة يعيد مفاتيحك، لا أوراقك.
# unreviewed
recover-give-relay = لجلب أوراقك، حدّد بـ --relay الخادم الوسيط الذي زامن معه جهازك الآخر.

## ما في المحفظة

# unreviewed
heading-profile = الملف الشخصي
# unreviewed
heading-cv = السيرة الذاتية
# unreviewed
heading-certificates = الشهادات
# unreviewed
heading-residence = أوراق الإقامة
# unreviewed
label-given-names = الاسم الأول
# unreviewed
label-family-name = اسم العائلة
# unreviewed
label-aliases = كتابات أخرى للاسم
# unreviewed
label-born = تاريخ الولادة
# unreviewed
label-birth-place = مكان الولادة
# unreviewed
label-nationality = الجنسية
# unreviewed
label-languages = اللغات
# unreviewed
label-contact = الاتصال
# unreviewed
label-phone = الهاتف
# unreviewed
label-email = البريد الإلكتروني
# unreviewed
label-address = العنوان
# unreviewed
label-kind = النوع
# unreviewed
label-number = الرقم
# unreviewed
label-issued-on = تاريخ الإصدار
# unreviewed
label-valid-until = صالح حتى
# unreviewed
label-authority = الجهة الرسمية
# unreviewed
label-organisation = المؤسسة
# unreviewed
label-place = المكان
# unreviewed
label-from = من
# unreviewed
label-to = إلى
# unreviewed
label-description = الوصف
# unreviewed
label-issuer = الجهة المُصدِرة
# unreviewed
label-cefr-level = مستوى CEFR
# unreviewed
label-exam = الامتحان
# unreviewed
label-attachment = المرفق
# unreviewed
label-legal-basis = الأساس القانوني
# unreviewed
label-work = العمل
# unreviewed
label-conditions = الشروط
# unreviewed
profile-empty = (لا شيء بعد — `mappe profile set family_name …`)
# unreviewed
list-none = (لا شيء)
# unreviewed
list-none-yet = (لا شيء بعد — `{ $command }`)
# unreviewed
span-since = منذ { $from }
# unreviewed
span-until = حتى { $to }
# unreviewed
detail-level = المستوى { $level }
# unreviewed
detail-issued = تاريخ الإصدار { $date }
# unreviewed
detail-number = رقم { $number }
# unreviewed
detail-valid-until = صالح حتى { $date }
# unreviewed
detail-expired-on = انتهت صلاحيتها في { $date }
# unreviewed
work-permitted = العمل مسموح
# unreviewed
work-permitted-with-approval = العمل مسموح فقط بإذن من Ausländerbehörde (دائرة الأجانب)
# unreviewed
work-not-permitted = العمل غير مسموح
# unreviewed
detail-scan = نسخة ممسوحة: { $name } ({ $size })، المرفق { $id }
# unreviewed
detail-scan-missing = نسخة ممسوحة: { $id } (مفقودة)
# unreviewed
kind-cv-education = مدرسة أو دراسة
# unreviewed
kind-cv-work = عمل
# unreviewed
kind-cv-training = تدريب أو دورة
# unreviewed
kind-cv-other = أخرى
# unreviewed
kind-cert-language = شهادة لغة
# unreviewed
kind-cert-qualification = مؤهل
# unreviewed
kind-cert-recognition = قرار معادلة
# unreviewed
kind-cert-other = شهادة
# unreviewed
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis (تصريح إقامة)
# unreviewed
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis (إقامة دائمة)
# unreviewed
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung (إذن بالبقاء أثناء إجراءات اللجوء)
# unreviewed
kind-residence-duldung = Duldung (تعليق الترحيل)
# unreviewed
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung (شهادة مؤقتة)
# unreviewed
kind-residence-visa = تأشيرة
# unreviewed
kind-residence-eu-citizen = مواطن من الاتحاد الأوروبي (حرية التنقل)
# unreviewed
kind-residence-other = ورقة إقامة أخرى
# unreviewed
kind-unknown = النوع `{ $given }` غير موجود؛ استخدم واحدًا من هذه الأنواع: { $kinds }
# unreviewed
list-cv = السيرة الذاتية
# unreviewed
list-certificate = الشهادات
# unreviewed
list-residence = أوراق الإقامة
# unreviewed
list-attachment = المرفقات
# unreviewed
list-share = المشاركات
# unreviewed
path-profile = الملف الشخصي كاملًا
# unreviewed
path-residence-current = ورقة الإقامة الحالية
# unreviewed
path-cv = بند السيرة الذاتية { $id }
# unreviewed
path-certificate = الشهادة { $id }
# unreviewed
path-residence = ورقة الإقامة { $id }
# unreviewed
path-certificate-scan = النسخة الممسوحة من الشهادة { $id }
# unreviewed
path-residence-scan = النسخة الممسوحة من ورقة الإقامة { $id }

## التعديل

# unreviewed
profile-unknown-field = خانة غير معروفة في الملف الشخصي `{ $given }`؛ الخانات هي: { $fields }
# unreviewed
profile-one-value = الخانة { $field } تأخذ قيمة واحدة؛ ضعها بين علامتي تنصيص إذا كانت فيها مسافات
# unreviewed
profile-saved = حُفظت الخانة { $field }.
# unreviewed
profile-cleared = مُسحت الخانة { $field }.
# unreviewed
added-cv = أُضيف إدخال السيرة الذاتية { $id }.
# unreviewed
added-certificate = أُضيفت الشهادة { $id }.
# unreviewed
added-residence = أُضيفت ورقة الإقامة { $id }.
# unreviewed
added-scan = النسخة الممسوحة محفوظة مشفّرة كمرفق { $id }.
# unreviewed
removed-cv = حُذف إدخال السيرة الذاتية { $id }.
# unreviewed
removed-certificate = حُذفت الشهادة { $id }.
# unreviewed
removed-residence = حُذفت ورقة الإقامة { $id }.
# unreviewed
removed-attachment = حُذف المرفق { $id }.
# unreviewed
attachment-exported = كُتب المرفق { $id } في { $file } (وتم التحقق منه بقيمة SHA-256 الخاصة به).
# unreviewed
live-not-updated = تحذير: لم تُحدَّث المشاركات الحيّة الآن ({ $why })؛ سيحاول `mappe sync` مرة أخرى.

## mappe cv export

# unreviewed
cv-format-unknown = الخيار --format { $given }: استخدم pdf أو html أو europass
# unreviewed
cv-lang-unknown = الخيار --cv-lang { $given }: استخدم de أو en أو ar أو uk أو fa أو tr
# unreviewed
cv-europass-no-photo = الخياران --photo و--place هما لـ --format pdf أو html فقط؛ ملف Europass XML لا يحمل أيًا منهما
# unreviewed
cv-place-form = الخيار --place: اكتب اسم مدينتك، من 1 إلى 200 حرف من النص العادي
# unreviewed
cv-photo-unusable = الصورة --photo { $file }: { $why }
# unreviewed
cv-no-chromium = ملف PDF يحتاج إلى Chromium، ولم يُعثر عليه: ثبّته (Debian: apt-get install chromium) أو عيّن MAPPE_CHROMIUM على مساره، أو استخدم --format html واطبع الملف من المتصفح
# unreviewed
cv-chromium-env-not-file = المتغير MAPPE_CHROMIUM يشير إلى { $file }، وهو ليس ملفًا؛ { $advice }
# unreviewed
cv-no-temp-folder = تعذّر إنشاء مجلد مؤقت في { $dir }
# unreviewed
cv-chromium-not-started = تعذّر تشغيل { $file }؛ { $advice }
# unreviewed
cv-chromium-timeout = لم ينته Chromium من طباعة ملف PDF خلال { $seconds } ثانية؛ جرّب --format html واطبع الملف من المتصفح
# unreviewed
cv-chromium-failed = لم يطبع Chromium ملف PDF ({ $status }؛ قال: { $said })؛ جرّب --format html واطبع الملف من المتصفح
# unreviewed
cv-written-pdf = كُتبت سيرتك الذاتية (PDF) في { $file }.
# unreviewed
cv-written-html = كُتبت سيرتك الذاتية (HTML؛ اطبعها من المتصفح على ورق A4) في { $file }.
# unreviewed
cv-written-europass = كُتبت سيرتك الذاتية بصيغة Europass XML في { $file }.

## mappe status

# unreviewed
status-nothing = لا شيء يحتاج إلى انتباهك الآن.
# unreviewed
status-residence-expiring = { $days ->
    [one] تنتهي صلاحية ورقتك { $paper } بعد يوم واحد ({ $date }).
    [two] تنتهي صلاحية ورقتك { $paper } بعد يومين ({ $date }).
    [few] تنتهي صلاحية ورقتك { $paper } بعد { $days } أيام ({ $date }).
    [many] تنتهي صلاحية ورقتك { $paper } بعد { $days } يومًا ({ $date }).
   *[other] تنتهي صلاحية ورقتك { $paper } بعد { $days } يوم ({ $date }).
}
# unreviewed
status-residence-expired = انتهت الصلاحية: ورقتك { $paper } انتهت في { $date }.
# unreviewed
status-residence-superseded = منتهية: { $paper } (انتهت في { $date }؛ توجد ورقة أحدث صالحة).
# unreviewed
status-attestation-expiring = { $days ->
    [one] ينتهي التأكيد الصادر عن { $office } بعد يوم واحد ({ $date }).
    [two] ينتهي التأكيد الصادر عن { $office } بعد يومين ({ $date }).
    [few] ينتهي التأكيد الصادر عن { $office } بعد { $days } أيام ({ $date }).
    [many] ينتهي التأكيد الصادر عن { $office } بعد { $days } يومًا ({ $date }).
   *[other] ينتهي التأكيد الصادر عن { $office } بعد { $days } يوم ({ $date }).
}
# unreviewed
status-attestation-expired = انتهى التأكيد الصادر عن { $office } في { $date }.
# unreviewed
status-share-expiring = { $days ->
    [one] تنتهي مشاركتك مع { $office } بعد يوم واحد ({ $date }).
    [two] تنتهي مشاركتك مع { $office } بعد يومين ({ $date }).
    [few] تنتهي مشاركتك مع { $office } بعد { $days } أيام ({ $date }).
    [many] تنتهي مشاركتك مع { $office } بعد { $days } يومًا ({ $date }).
   *[other] تنتهي مشاركتك مع { $office } بعد { $days } يوم ({ $date }).
}
# unreviewed
status-live-stopped = توقفت مشاركة حيّة عن متابعة تغييراتك: { $office }.
# unreviewed
status-share-unopened = لم يفتح أحدٌ المشاركة التي أنشأتها في { $date }، وهي موجّهة إلى: { $office }.
# unreviewed
status-opens-unknown = تعذّر التحقق مما إذا كانت مشاركاتك قد فُتحت: { $why }
# unreviewed
advice-residence-extend = قدّم طلب تمديد في Ausländerbehörde (دائرة الأجانب) في الوقت المناسب، قبل انتهاء الصلاحية. إذا لم يصدر القرار حتى ذلك الوقت، تحصل على Fiktionsbescheinigung (شهادة مؤقتة): احتفظ بها مع أوراقك.
# unreviewed
advice-residence-expired = اذهب الآن إلى Ausländerbehörde (دائرة الأجانب). إذا قدّمت الطلب قبل انتهاء الصلاحية، فاطلب Fiktionsbescheinigung (شهادة مؤقتة) الخاصة بك؛ يمكن أن يساعدك مركز استشارات الهجرة.
# unreviewed
advice-attestation-renew = اطلب من الدائرة تأكيدًا جديدًا إذا كنت لا تزال تحتاجه.
# unreviewed
advice-share-again = اسحب المشاركة وشارك من جديد إذا كانت الدائرة لا تزال تحتاجها.
# unreviewed
advice-share-unopened = اسأل الدائرة هل وصلها الرابط أو رمز QR؛ وشارك من جديد إذا ضاع.

## mappe share

# unreviewed
share-attest-form = الخيار --attest { $given }: اكتب بالشكل ENTRY:FACTS (الإدخال:المعلومات)، مثل --attest residence/ID:kind,valid_until
# unreviewed
share-expires-past = الخيار --expires { $given } تاريخ في الماضي
# unreviewed
share-expires-too-long = أطول مدة ممكنة للمشاركة بالأيام: { $days }
# unreviewed
share-expires-form = الخيار --expires يأخذ مدة مثل 30d أو 12h أو 2w، أو تاريخًا مثل { $example }
# unreviewed
share-to-unreadable = الخيار --to { $given }: { $why }
# unreviewed
share-fields-missing = اختر ما تريد مشاركته بـ --fields، مثل --fields profile.family_name,certificates/<id>/scan
# unreviewed
share-max-opens-zero = يجب ألا تقل قيمة --max-opens عن 1
# unreviewed
share-purpose-length = يجب أن يكون طول --purpose من 1 إلى { $max } حرفًا
# unreviewed
share-office-fingerprint = بصمة مفتاح الدائرة (قارنها بصوت عالٍ مع الدائرة): { $fingerprint }
# unreviewed
share-question = هل تريد مشاركة هذا؟
# unreviewed
share-nothing-shared = لم تتم مشاركة أي شيء.
# unreviewed
share-link = الرابط: { $link }
# unreviewed
share-id = معرّف المشاركة: { $id }
# unreviewed
share-only-office = لا يستطيع فتحها إلا تلك الدائرة، بمفتاح Mappe الخاص بها. رمز QR وحده لا يكشف شيئًا.
# unreviewed
share-anyone-with-code = أي شخص لديه هذا الرمز أو الرابط يستطيع فتحها حتى تنتهي صلاحيتها: اعرضه على الدائرة فقط.
# unreviewed
share-qr-written = كُتب رمز QR في { $file }.

## mappe shares و revoke

# unreviewed
shares-none = لا توجد مشاركات بعد. أنشئ واحدة بـ `mappe share --fields …`.
# unreviewed
shares-anyone-with-code = أي شخص لديه الرمز
# unreviewed
shares-label-for = لمن:
# unreviewed
shares-label-fields = الخانات:
# unreviewed
shares-label-until = حتى:
# unreviewed
shares-label-opened = فُتحت:
# unreviewed
shares-label-live = حيّة:
# unreviewed
shares-label-note = ملاحظة:
# unreviewed
shares-label-log = السجل:
# unreviewed
shares-opened-of = عدد المرات: { $opens } (من أصل { $max })
# unreviewed
shares-opened-no-limit = عدد المرات: { $opens } (بلا حد)
# unreviewed
shares-opened-unknown-of = غير معروف (من أصل { $max })
# unreviewed
shares-opened-unknown = غير معروف (بلا حد)
# unreviewed
shares-live-stopped = توقفت عن متابعة محفظتك ({ $why })؛ الدائرة ترى آخر نسخة
# unreviewed
shares-log-no-opens = لم تُفتح
# unreviewed
shares-log-earlier = فُتحت   مرات أخرى قبل هذه: { $count } (الخادم الوسيط يعرض الأحدث فقط)
# unreviewed
shares-log-opened = فُتحت   { $time }  { $by }
# unreviewed
shares-by-office = من قِبل { $office }
# unreviewed
shares-by-agency-key = بمفتاح الدائرة { $key }
# unreviewed
shares-by-bearer = من قِبل شخص لديه الرمز
# unreviewed
share-status-active = نشطة
# unreviewed
share-status-pending = قيد الانتظار
# unreviewed
share-status-revoked = مسحوبة
# unreviewed
share-status-expired = منتهية
# unreviewed
share-status-used-up = استُنفدت
# unreviewed
share-status-unknown = غير معروفة
# unreviewed
revoke-revoking = جارٍ سحب المشاركة { $id } ({ $fields }).
# unreviewed
revoke-question = هل تريد سحبها الآن؟
# unreviewed
revoke-nothing = لم يُسحب أي شيء.
# unreviewed
revoke-done = سُحبت. حذف الخادم الوسيط المشاركة المشفّرة؛ من يحاول فتحها الآن يُرفض.
# unreviewed
revoke-cannot-take-back = ما فُتح من قبل يبقى عند من فتحه: السحب لا يستطيع استرجاعه.

## mappe open

# unreviewed
open-trust-key-form = الخيار --trust-key: اكتب الأحرف الست عشرية الـ 64 لمفتاح توقيع قائمة الثقة
# unreviewed
open-trust-list-form = الخيار --trust-list { $url }: اكتب عنوان https:// مع مسار، مثل https://relay.example.org/v1/directory
# unreviewed
open-save-not-folder = الخيار --save-attachments { $dir }: ليس مجلدًا
# unreviewed
open-needs-agency-key = الرابط لا يحتوي على مفتاح؛ شغّل `mappe open LINK --as AGENCY_FOLDER` في تلك الدائرة
# unreviewed
open-office-passphrase-prompt = كلمة مرور مفتاح Mappe الخاص بالدائرة:
# unreviewed
open-stated-by-person = أقوال الشخص نفسه، دون تغيير منذ المشاركة: موقّعة من المحفظة ذات البصمة { $fingerprint }.
# unreviewed
open-stated-meaning = هذا يثبت من شاركها وأن شيئًا لم يتغير، لكنه لا يثبت أن المعلومات صحيحة.
# unreviewed
open-anyone-with-code = أي شخص لديه الرمز
# unreviewed
open-label-shared-with = مشاركة مع
# unreviewed
open-label-purpose = الغرض
# unreviewed
open-label-valid-until = صالحة حتى
# unreviewed
open-label-opened = فُتحت
# unreviewed
open-label-live = مشاركة حيّة
# unreviewed
open-opened-of = عدد المرات: { $opens } من أصل { $max }
# unreviewed
open-opened-times = عدد المرات: { $opens }
# unreviewed
open-live-revision = النسخة { $revision }
# unreviewed
open-live-revision-corrected = النسخة { $revision }، آخر تصحيح في { $date }
# unreviewed
open-no-changes = لا تغييرات منذ آخر مرة فتحتها (النسخة { $revision }).
# unreviewed
open-changed = تغيّرت منذ آخر مرة فتحتها (من النسخة { $from } إلى النسخة { $to }):
# unreviewed
open-changed-on = تغيّرت منذ آخر مرة فتحتها (من النسخة { $from } إلى النسخة { $to }، صُحّحت في { $date }):
# unreviewed
open-change-none = (لا شيء)
# unreviewed
open-change-removed = (حُذف)
# unreviewed
open-attestations-heading = تأكيدات من الدوائر (فُحصت بشكل منفصل عن أقوال الشخص)
# unreviewed
open-trust-list-not-used = لم تُستخدم قائمة الثقة: { $why }
# unreviewed
open-no-trust-list = لا توجد قائمة ثقة مثبّتة (--trust-key): لا تُعتبر أي دائرة موثوقة، فلا يظهر أي تأكيد كمؤكَّد.
# unreviewed
open-attestation-paper = ورقة
# unreviewed
open-attestation-an-office = دائرة رسمية
# unreviewed
open-attestation-confirmed = مؤكَّد من { $office } في { $date }
# unreviewed
open-attestation-untrusted = غير مؤكَّد: موقّع من دائرة ليست في قائمة الثقة الخاصة بك
# unreviewed
open-attestation-status-unknown = غير مؤكَّد: يحمل توقيع { $office } بتاريخ { $date }، لكن تعذّر التحقق مما إذا كان التوقيع قد أُلغي
# unreviewed
open-attestation-withdrawn = ملغى من قِبل { $office }: لم يعد هذا مؤكَّدًا
# unreviewed
open-attestation-expired = منتهي الصلاحية: انتهى التأكيد في { $date }
# unreviewed
open-attestation-invalid = غير صالح، لا يُعرض منه شيء: { $why }
# unreviewed
open-attestation-list-of = (قائمة الإلغاء بتاريخ { $time })
# unreviewed
open-scans-heading = النسخ الممسوحة
# unreviewed
open-scan-saved = حُفظت النسخة { $name } ({ $media_type }، { $size }) في { $file }
# unreviewed
open-scan-listed = النسخة { $name } ({ $media_type }، { $size }) — استخدم --save-attachments DIR لتنزيلها
# unreviewed
open-consent-heading = ما عُرض على الشخص ووافق عليه ({ $lang }):

## الأخطاء (جُمل المكتبة نفسها، بلغة الشخص)

# unreviewed
error-wrong-passphrase = كلمة المرور خاطئة
# unreviewed
error-no-wallet = لا توجد محفظة في { $dir } بعد؛ شغّل `mappe init` لإنشاء واحدة
# unreviewed
error-wallet-exists = توجد محفظة من قبل في { $dir }؛ تُركت كما هي
# unreviewed
error-not-found = لا يوجد إدخال بالمعرّف `{ $id }` في { $list }
# unreviewed
error-ambiguous-id = المعرّف `{ $id }` يطابق أكثر من إدخال في { $list }؛ اكتب أحرفًا أكثر من المعرّف
# unreviewed
error-unreadable-input = تعذّرت قراءة { $file }: { $why }
# unreviewed
error-relay-unreachable = تعذّر الوصول إلى الخادم الوسيط على { $url }: { $why }
# unreviewed
error-share-revoked = سحب صاحب هذه المشاركة مشاركته؛ لا يمكن عرض أي شيء
# unreviewed
error-share-expired = انتهت صلاحية هذه المشاركة؛ لا يمكن عرض أي شيء
# unreviewed
error-share-used-up = فُتحت هذه المشاركة بعدد المرات الذي سمح به صاحبها؛ لا يمكن عرض أي شيء
# unreviewed
error-share-not-found = الخادم الوسيط لا يعرف هذه المشاركة (رابط خاطئ، أو لم تعد موجودة)
# unreviewed
error-needs-agency-key = هذه المشاركة لدائرة معيّنة، ولا تُفتح إلا بمفتاح Mappe الخاص بتلك الدائرة (`mappe open LINK --as AGENCY_FOLDER`)
# unreviewed
error-not-for-this-key = هذا المفتاح لا يستطيع فتح المشاركة: صُنعت لشخص آخر
# unreviewed
error-share-altered = تغيّرت المشاركة أو تلفت في الطريق؛ لا يُعرض أي شيء
# unreviewed
error-share-bad-signature = توقيع صاحب المشاركة غير مطابق: تم تغيير المشاركة؛ لا يُعرض أي شيء
# unreviewed
error-share-expired-on = انتهت صلاحية هذه المشاركة في { $date }
# unreviewed
error-share-newer-version = صُنعت هذه المشاركة بإصدار أحدث من Mappe (الصيغة { $version })؛ يرجى تحديث Mappe
# unreviewed
error-sync-busy = استمرت أجهزة أخرى في الكتابة إلى الخادم الوسيط أثناء محاولة هذا الجهاز؛ شغّل المزامنة مرة أخرى
# unreviewed
error-missing-scan = النسخة الممسوحة { $name } ليست على هذا الجهاز بعد؛ زامن أولًا الجهاز الذي أضافها
# unreviewed
error-not-a-picture = الملف { $file } ليس صورة PNG أو JPEG يمكن قراءتها
# unreviewed
error-picture-too-large = الملف { $file } صورة بحجم { $width } × { $height } بكسل؛ الحد الأقصى الذي يمكن قراءته 40 ميغابكسل
# unreviewed
error-no-qr-code = تعذّرت قراءة أي رمز QR في { $file }؛ التقط الصورة مرة أخرى: أقرب، ومن الأمام مباشرة، وفي ضوء متساوٍ
# unreviewed
error-qr-agency-card = رمز QR في { $file } هو بطاقة دائرة ({ $office })، وليس مشاركة؛ إنه للمشاركة مع تلك الدائرة (`mappe share --to`)
# unreviewed
error-qr-not-share = رمز QR في { $file } ليس رابط مشاركة من Mappe؛ محتواه: «{ $shown }»

## mappe sync

# unreviewed
sync-withheld = تنقص الخادمَ الوسيط تغييراتٌ رآها هذا الجهاز ({ $detail })؛ لم يُدمج أي شيء. إذا استُعيد الخادم الوسيط من نسخة احتياطية، فشغّل `mappe sync --resend` لتعطيه تغييرات هذا الجهاز من جديد؛ وإلا فقد يكون الخادم الوسيط يحجبها: اسأل مركز الاستشارة الذي يشغّله
# unreviewed
sync-done-sent = تمت المزامنة مع { $url }: دُمجت إدخالات من أجهزة أخرى (العدد: { $merged })، وأُرسلت تغييرات هذا الجهاز؛ السجل عند الإدخال { $seq }.
# unreviewed
sync-done-nothing = تمت المزامنة مع { $url }: دُمجت إدخالات من أجهزة أخرى (العدد: { $merged })، ولا جديد للإرسال؛ السجل عند الإدخال { $seq }.
# unreviewed
sync-scans = النسخ الممسوحة: نُزّل { $down }، ورُفع { $up }.
# unreviewed
sync-scan-missing = النسخة الممسوحة { $name } ليست على الخادم الوسيط بعد: زامن الجهاز الذي أضافها.
# unreviewed
live-updated = حُدّثت المشاركة الحيّة { $id } إلى النسخة { $revision }.
# unreviewed
live-revoked-elsewhere = سُحبت المشاركة الحيّة { $id } على جهاز آخر؛ وهي الآن مسجّلة هنا أيضًا كمسحوبة.
# unreviewed
live-stopped = المشاركة الحيّة { $id } لم تعد تتابع محفظتك ({ $why }). تبقى الدائرة ترى آخر نسخة؛ اسحبها بـ `mappe revoke { $id }` وشارك من جديد إذا لزم الأمر.

## mappe forget

# unreviewed
forget-asking = نطلب من الخادم الوسيط { $url } أن ينسى هذه المحفظة.
# unreviewed
forget-what = إنه يحذف كل ما يحفظه عنك: النسخة المشفّرة من محفظتك (سجل المزامنة والنسخ الممسوحة)، وكل مشاركة أنشأتها هناك، وسجلات الوصول إليها.
# unreviewed
forget-live-shares = { $count ->
    [0] ليست لديك مشاركات فعّالة على هذا الخادم الوسيط.
    [one] مشاركتك الفعّالة الوحيدة على هذا الخادم الوسيط تتوقف فورًا.
    [two] مشاركتاك الفعّالتان على هذا الخادم الوسيط تتوقفان فورًا.
   *[other] مشاركاتك الفعّالة على هذا الخادم الوسيط (العدد: { $count }) تتوقف كلها فورًا.
}
# unreviewed
forget-cannot-take-back = ما فتحته الدوائر من قبل يبقى عندها: النسيان لا يستطيع استرجاعه.
# unreviewed
forget-device-kept = تبقى محفظتك على هذا الجهاز؛ وإذا شغّلت لاحقًا `mappe sync` مع هذا الخادم الوسيط تبدأ نسخة جديدة هناك.
# unreviewed
forget-question = هل تطلب من الخادم الوسيط أن ينساك الآن؟
# unreviewed
forget-nothing-sent = لم يُرسل أي شيء.
# unreviewed
forget-receipt-kept = الإيصال محفوظ في { $file }.
# unreviewed
forget-done = نسي الخادم الوسيط هذه المحفظة. تم التحقق من إيصاله الموقّع:
# unreviewed
forget-revoked-here = عدد المشاركات على هذا الخادم الوسيط المسجّلة الآن كمسحوبة في محفظتك: { $count }.
# unreviewed
forget-no-receipts = لا توجد إيصالات حذف بعد. الأمر `mappe forget --relay URL` يطلب من خادم وسيط أن ينساك.
# unreviewed
receipt-label-relay = الخادم الوسيط:
# unreviewed
receipt-label-relay-key = مفتاح الخادم:
# unreviewed
receipt-label-deleted-at = وقت الحذف:
# unreviewed
receipt-label-deleted = المحذوف:
# unreviewed
receipt-label-share = المشاركة:
# unreviewed
receipt-deleted-counts = المشاركات: { $shares }، النسخ الممسوحة المشتركة: { $share_scans }، أسطر سجل الوصول: { $log_rows }، إدخالات سجل المزامنة: { $sync_entries }، النسخ الممسوحة المتزامنة: { $sync_scans }

## الدوائر: mappe agency

# unreviewed
agency-folder-taken = المجلد { $dir } يحتوي من قبل على هوية Mappe؛ اختر مجلدًا آخر بـ --wallet
# unreviewed
agency-name-form = الخيار --name: اكتب اسم الدائرة، من 1 إلى 200 حرف من النص العادي
# unreviewed
agency-kind-unknown = الخيار --kind { $given }: استخدم واحدًا من { $kinds }
# unreviewed
agency-created = أُنشئت هوية Mappe لـ { $name } ({ $kind }) في { $dir }.
# unreviewed
agency-fingerprint = البصمة (قارنها بصوت عالٍ مع الأشخاص الذين يشاركون معك): { $fingerprint }
# unreviewed
agency-card-file = البطاقة العامة للأشخاص الذين يشاركون مع هذه الدائرة: { $file }
# unreviewed
agency-key-string = أو أعطهم هذا المفتاح: { $key }
# unreviewed
agency-card-qr = البطاقة كرمز QR، ليمسحها الناس بتطبيق Mappe (وهي أيضًا في { $file }):
# unreviewed
agency-no-card = المجلد { $dir } ليس مجلد دائرة (لا يوجد { $file })؛ أنشئ واحدًا بـ `mappe agency init`
# unreviewed
agency-exported = كُتب مفتاح { $name } في { $file }.
# unreviewed
agency-exported-how = يبقى مقفلًا بكلمة مرور الدائرة: انقله إلى حاسوب الدائرة الآخر واستورده هناك (`mappe agency import` أو مكتب الدائرة في المتصفح). البصمة: { $fingerprint }
# unreviewed
agency-export-too-large = الملف { $file } أكبر من أن يكون ملف تصدير لدائرة
# unreviewed
agency-imported = جُهّز مفتاح Mappe لـ { $name } ({ $kind }) في { $dir }.
# unreviewed
agency-imported-fingerprint = البصمة (قارنها مع حواسيب الدائرة الأخرى): { $fingerprint }

## التأكيدات

# unreviewed
attest-expires-form = الخيار --expires يأخذ تاريخًا مثل { $example } أو عددًا من الأيام مثل 365d
# unreviewed
attest-key-form = الخيار { $flag }: اكتب الأحرف الست عشرية الـ 64 للمفتاح
# unreviewed
attest-kind-unknown = الخيار --kind { $given }: استخدم residence أو certificate أو recognition
# unreviewed
attest-claim-form = الخيار --claim { $given }: اكتب بالشكل NAME=VALUE (الاسم=القيمة)، مثل --claim valid_until=2027-06-30
# unreviewed
attest-relay-fixed = هذه الدائرة تنشر قائمة الإلغاءات على { $url }؛ التأكيدات الصادرة من قبل تشير إلى هناك
# unreviewed
attest-issued = الدائرة { $office } أكّدت ورقة ({ $paper }) للشخص صاحب المفتاح { $key }: رقم التأكيد { $number }.
# unreviewed
attest-written = صالح حتى { $date }. كُتب في { $file }: أعطِ هذا الملف للشخص.
# unreviewed
attest-too-long-for-qr = التأكيد أطول من أن يتسع له رمز QR واحد؛ أعطِ الشخص الملف
# unreviewed
attest-how-to-withdraw = لإلغائه لاحقًا: mappe agency withdraw { $number } (يُنشر على { $url }).
# unreviewed
attest-none-issued = هذه الدائرة لم تُصدر أي تأكيد بعد (لا يوجد { $file } في { $dir })
# unreviewed
attest-withdrawn = أُلغي التأكيد { $number } ({ $paper }، صادر للمفتاح { $key }). من يتحقق يرى ذلك من الآن على { $url }.
# unreviewed
attest-withdrawn-cannot-take-back = الدوائر التي فتحت من قبل مشاركة فيها هذا التأكيد تحتفظ بما رأته وقتها.
# unreviewed
attest-your-key = مفتاحك، لدائرة تؤكد إحدى أوراقك: { $key }
# unreviewed
attest-your-fingerprint = البصمة (قارنها بصوت عالٍ مع الدائرة): { $fingerprint }
# unreviewed
attest-entry-form = الخيار --to { $given }: سمِّ الإدخال بالشكل residence/ID أو certificates/ID
# unreviewed
attest-file-too-large = الملف { $file } أكبر من أن يكون تأكيدًا
# unreviewed
attest-file-not-text = الملف { $file } ليس تأكيدًا (ليس نصًا)
# unreviewed
attest-wrong-section = هذا التأكيد يخص ورقة من نوع آخر ({ $paper })؛ لا يمكن حفظه مع { $entry }
# unreviewed
attest-kept = حُفظ التأكيد الصادر عن { $office } مع { $entry } (صالح حتى { $date }).
# unreviewed
attest-confirmed-facts = المعلومات المؤكَّدة: { $facts }
# unreviewed
attest-share-hint = لمشاركته: { $command }
# unreviewed
attest-list-none = لم تؤكد أي دائرة أيًا من أوراقك بعد. أعطِ دائرةً مفتاحك (mappe attestation key).
# unreviewed
attest-list-valid = { $entry }: { $paper } مؤكَّد من { $office } (صالح حتى { $date })
# unreviewed
attest-list-expired = { $entry }: { $paper } مؤكَّد من { $office } (منتهي الصلاحية، انتهى في { $date })
# unreviewed
attest-list-unreadable = { $entry }: تأكيد لا يستطيع هذا الإصدار قراءته

## mappe demo

# unreviewed
demo-intro = عرض تجريبي لـ Mappe. كل شيء يحدث في مجلد مؤقت يُحذف في النهاية:
# unreviewed
demo-step = الخطوة { $number }: { $text }
# unreviewed
demo-step-1-given = مركز استشارة يشغّل خادمًا وسيطًا. هنا: الخادم المحدد بـ --relay.
# unreviewed
demo-step-1-inside = مركز استشارة يشغّل خادمًا وسيطًا. هنا: خادم على هذا الحاسوب، يحفظ البيانات في SQLite.
# unreviewed
demo-relay-given = نستخدم الخادم الوسيط على { $url }. لن يرى أبدًا إلا بايتات مشفّرة.
# unreviewed
demo-relay-inside = الخادم الوسيط ينتظر على { $url }. لن يرى أبدًا إلا بايتات مشفّرة.
# unreviewed
demo-relay-failed = تعذّر تشغيل الخادم الوسيط التجريبي
# unreviewed
demo-no-relay-inside = بُني برنامج mappe هذا دون خادم وسيط مدمج؛ شغّل العرض بـ `cargo run --release --bin mappe --features embedded-relay -- demo`، أو شغّل خادمًا وسيطًا (`mappe-relay`) ثم `mappe demo --relay URL`
# unreviewed
demo-no-temp-folder = تعذّر إنشاء مجلد مؤقت
# unreviewed
demo-no-example-scan = تعذّرت كتابة النسخة الممسوحة التجريبية
# unreviewed
demo-step-2 = أمل تنشئ محفظتها وتملأ ملفها الشخصي.
# unreviewed
demo-wallet-created = أُنشئت المحفظة. البصمة: { $fingerprint }
# unreviewed
demo-step-3 = تضيف سيرتها الذاتية: دراسة في حلب، عمل في غازي عنتاب، دورة الاندماج.
# unreviewed
demo-step-4 = تمسح شهادة B1 الخاصة بها وتضيفها؛ تُشفَّر النسخة الممسوحة في أجزاء بحجم 64 KiB.
# unreviewed
demo-step-5 = تضيف تصريح إقامتها وتنظر إلى محفظتها.
# unreviewed
demo-step-6 = يُنشئ Jobcenter (مركز العمل) مفتاح Mappe خاصًا به مرة واحدة، وينشر بطاقته (agency.json).
# unreviewed
demo-step-7 = عند مكتب Jobcenter تشارك أمل شهادة B1 مع نسختها الممسوحة، وتصريح إقامتها الحالي، واسمها — لهذه الدائرة فقط، لمدة 30 يومًا، و3 مرات فتح على الأكثر. تقرأ ما يعنيه ذلك وتوافق.
# unreviewed
demo-step-8 = شخص ما يصوّر رمز QR من فوق كتفها. بدون مفتاح Jobcenter لا يكشف الرمز شيئًا:
# unreviewed
demo-step-9 = الموظفة تمسح رمز QR وتفتحه بمفتاح Jobcenter: تم التحقق، وهذه الخانات بالضبط.
# unreviewed
demo-scan-not-saved = لم تُحفظ النسخة الممسوحة
# unreviewed
demo-scan-identical = النسخة الممسوحة المحفوظة مطابقة لأصل أمل بايتًا ببايت: نعم
# unreviewed
demo-scan-differs = النسخة الممسوحة المحفوظة تختلف عن الأصل
# unreviewed
demo-step-10 = في البيت، تنظر أمل من فتح مشاركتها.
# unreviewed
demo-step-11 = أمل تسحب المشاركة.
# unreviewed
demo-step-12 = الموظفة تحاول فتحها مرة أخرى.
# unreviewed
demo-refused = رُفض: { $why }
# unreviewed
demo-finished = انتهى العرض: فتح Jobcenter المشاركة مرة واحدة، ثم سُحبت، ورُفضت المشاركة المسحوبة.
