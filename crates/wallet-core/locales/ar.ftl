### Mappe consent summary: Arabic (العربية).
### Status: MACHINE-MADE, NOT REVIEWED by a native speaker. See docs/consent.md.
### Right to left: placeables are wrapped in Unicode isolation marks (FSI/PDI) by the code.
### Every line must start with an Arabic word so that the terminal picks right-to-left.

## The summary, top to bottom.

consent-title = أنت على وشك مشاركة معلومات من محفظة بياناتك.
consent-who-agency = من يستطيع فتحها: { $agency } فقط
consent-who-anyone = من يستطيع فتحها: أي شخص لديه هذا الرمز أو الرابط
consent-keep-code = اعرض الرمز فقط على الشخص الذي يجب أن يرى بياناتك.
consent-what = ما الذي تتم مشاركته:
consent-purpose = الغرض: { $purpose }
consent-until = صالحة حتى: { $date }
consent-opens =
    { $count ->
        [1] يمكن فتحها مرة واحدة فقط.
        [two] يمكن فتحها مرتين على الأكثر.
        [few] يمكن فتحها { $count } مرات على الأكثر.
       *[other] يمكن فتحها { $count } مرة على الأكثر.
    }
consent-opens-unlimited = حتى ذلك التاريخ يمكن فتحها كلما احتاج الأمر.
consent-live-on = إذا صححت لاحقا شيئا تشاركه هنا، أو أضفت بندا إلى قائمة تشاركها، تتم مشاركة ذلك أيضا.
consent-live-off = إذا صححت أو أضفت شيئا لاحقا، لا تتم مشاركة ذلك: تبقى هذه النسخة كما هي.
consent-revoke = يمكنك إلغاء هذه المشاركة (إيقافها) في أي وقت.
revoke-warning = الإلغاء يمنع أي فتح جديد، لكنه لا يستطيع استرجاع ما تم فتحه أو رؤيته أو حفظه من قبل.

## What is shared: one bullet per entry.

field-whole-profile = ملفك الشخصي كله (الأسماء، الولادة، الجنسية، اللغات، بيانات الاتصال)
field-given-names = الاسم الأول
field-family-name = اسم العائلة
field-aliases = أسماء أخرى (أسماء سابقة، كتابات أخرى للاسم)
field-birth-date = تاريخ الولادة
field-birth-place = مكان الولادة
field-nationality = الجنسية
field-languages = اللغات التي تتكلمها
field-contact = كل بيانات الاتصال (الهاتف، البريد الإلكتروني، العنوان)
field-contact-phone = رقم الهاتف
field-contact-email = البريد الإلكتروني
field-contact-address = العنوان
field-other = خانة من الملف الشخصي: { $name }
section-cv = سيرتك الذاتية كلها (المدرسة، التدريب، العمل)
section-certificates = كل شهاداتك (بدون النسخ الممسوحة)
section-residence = كل أوراق إقامتك (بدون النسخ الممسوحة)
section-attachments = كل النسخ الممسوحة
item-cv = من سيرتك الذاتية: { $title }
item-certificate = شهادة: { $title }
item-residence = ورقة إقامة: { $title }
item-attachment = ملف: { $title }
scan-certificate = نسخة ممسوحة من الشهادة «{ $title }»: { $file }
scan-residence = نسخة ممسوحة من ورقة الإقامة «{ $title }»: { $file }
scan-other = نسخة ممسوحة من «{ $title }»: { $file }

## حقائق أكّدها مكتب رسمي، مع توقيع المكتب.

consent-confirmed = مؤكَّد من مكتب رسمي (يستطيع المستلم التحقق من توقيع المكتب):
confirmed-item = { $paper } من { $issuer }: { $claims }
paper-residence = وثيقة إقامة
paper-certificate = شهادة
paper-recognition = قرار معادلة
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
