### Mappe CV export: Ukrainian (Українська).
### Same message ids and variables as en.ftl (checked by a unit test). See docs/cv-export.md.

# unreviewed
cv-title = Резюме
# unreviewed
cv-personal = Особисті дані
# unreviewed
cv-name = Ім'я
# unreviewed
cv-also-written = Інше написання
# unreviewed
cv-birth = Дата і місце народження
# unreviewed
cv-birth-date = Дата народження
# unreviewed
cv-birth-place-only = Місце народження
# unreviewed
cv-born-in = { $date }, { $place }
# unreviewed
cv-nationality = Громадянство
# unreviewed
cv-address = Адреса
# unreviewed
cv-phone = Телефон
# unreviewed
cv-email = Електронна пошта
# unreviewed
cv-work = Досвід роботи
# unreviewed
cv-education = Освіта
# unreviewed
cv-training = Підвищення кваліфікації
# unreviewed
cv-other = Інший досвід
# unreviewed
cv-languages = Знання мов
# unreviewed
cv-certificates = Сертифікати та кваліфікації
# unreviewed
cv-since = з { $from }
# unreviewed
cv-until = до { $to }
# unreviewed
cv-native = рідна мова
# unreviewed
cv-level = рівень { $level } (CEFR)
# unreviewed
cv-exam = Іспит
# unreviewed
cv-issuer = Видано
# unreviewed
cv-cert-language = Мовний сертифікат
# unreviewed
cv-cert-qualification = Кваліфікація
# unreviewed
cv-cert-recognition = Рішення про визнання
# unreviewed
cv-cert-other = Сертифікат
# unreviewed
cv-photo = Фото
# unreviewed
cv-place-date = { $place }, { $date }
