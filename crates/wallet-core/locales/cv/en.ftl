### Mappe CV export (Lebenslauf): English, the reference file.
### Headings and labels of the tabular CV; the values come from the wallet. See docs/cv-export.md.
### Every other file has exactly these message ids and variables (checked by a unit test).

cv-title = Curriculum Vitae
cv-personal = Personal details
cv-name = Name
cv-also-written = Also written
cv-birth = Date and place of birth
cv-birth-date = Date of birth
cv-birth-place-only = Place of birth
cv-born-in = { $date } in { $place }
cv-nationality = Nationality
cv-address = Address
cv-phone = Phone
cv-email = Email
cv-work = Work experience
cv-education = Education
cv-training = Further training
cv-other = Other experience
cv-languages = Languages
cv-certificates = Certificates and qualifications
cv-since = since { $from }
cv-until = until { $to }
cv-native = native language
cv-level = level { $level } (CEFR)
cv-exam = Exam
cv-issuer = Issued by
cv-cert-language = Language certificate
cv-cert-qualification = Qualification
cv-cert-recognition = Recognition notice
cv-cert-other = Certificate
cv-photo = Photo
cv-place-date = { $place }, { $date }
