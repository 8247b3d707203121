### Mappe consent summary: Ukrainian (Українська).
### Status: MACHINE-MADE, NOT REVIEWED by a native speaker. See docs/consent.md.

## The summary, top to bottom.

consent-title = Ви збираєтеся поділитися інформацією зі свого гаманця.
consent-who-agency = Хто може відкрити: лише { $agency }
consent-who-anyone = Хто може відкрити: будь-хто, у кого є цей код або посилання
consent-keep-code = Показуйте код лише тій людині, яка має бачити ваші дані.
consent-what = Чим ви ділитеся:
consent-purpose = Для чого: { $purpose }
consent-until = Дійсно до: { $date }
consent-opens =
    { $count ->
        [1] Відкрити можна лише один раз.
        [one] Відкрити можна щонайбільше { $count } раз.
        [few] Відкрити можна щонайбільше { $count } рази.
        [many] Відкрити можна щонайбільше { $count } разів.
       *[other] Відкрити можна щонайбільше { $count } разу.
    }
consent-opens-unlimited = До цієї дати відкривати можна скільки завгодно разів.
consent-live-on = Якщо пізніше ви виправите щось, чим ділитеся тут, або додасте запис до списку, яким ділитеся, це теж надійде.
consent-live-off = Якщо пізніше ви щось виправите або додасте, це не надійде: ця версія залишиться такою, як є.
consent-revoke = Ви можете будь-коли скасувати (зупинити) цей доступ.
revoke-warning = Скасування зупиняє подальші відкриття, але не може повернути те, що вже відкрили, побачили або зберегли.

## What is shared: one bullet per entry.

field-whole-profile = Увесь ваш профіль (імена, народження, громадянство, мови, контакти)
field-given-names = Ім’я (імена)
field-family-name = Прізвище
field-aliases = Інші імена (колишні імена, інше написання)
field-birth-date = Дата народження
field-birth-place = Місце народження
field-nationality = Громадянство
field-languages = Мови, якими ви розмовляєте
field-contact = Усі контактні дані (телефон, електронна пошта, адреса)
field-contact-phone = Номер телефону
field-contact-email = Електронна пошта
field-contact-address = Адреса
field-other = Поле профілю: { $name }
section-cv = Усе ваше резюме (школа, навчання, робота)
section-certificates = Усі ваші сертифікати (без сканів)
section-residence = Усі ваші документи на перебування (без сканів)
section-attachments = Усі ваші скани
item-cv = З вашого резюме: { $title }
item-certificate = Сертифікат: { $title }
item-residence = Документ на перебування: { $title }
item-attachment = Файл: { $title }
scan-certificate = Скан сертифіката «{ $title }»: { $file }
scan-residence = Скан документа на перебування «{ $title }»: { $file }
scan-other = Скан «{ $title }»: { $file }

## Факти, підтверджені установою, з підписом установи.

consent-confirmed = Підтверджено установою (одержувач може перевірити підпис установи):
confirmed-item = { $paper } від { $issuer }: { $claims }
paper-residence = Документ на перебування
paper-certificate = Сертифікат
paper-recognition = Рішення про визнання
claim-kind = Вид
claim-number = Номер
claim-valid_from = Дійсний з
claim-valid_until = Дійсний до
claim-legal_basis = Правова підстава
claim-work_permitted = Роботу дозволено
claim-level = Рівень
claim-issuer = Видано
claim-date = Дата
claim-degree = Кваліфікація
claim-decision = Рішення
