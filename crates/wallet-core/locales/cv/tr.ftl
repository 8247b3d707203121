### Mappe CV export: Turkish (Türkçe).
### Same message ids and variables as en.ftl (checked by a unit test). See docs/cv-export.md.

# unreviewed
cv-title = Özgeçmiş
# unreviewed
cv-personal = Kişisel bilgiler
# unreviewed
cv-name = Ad soyad
# unreviewed
cv-also-written = Diğer yazılışı
# unreviewed
cv-birth = Doğum tarihi ve yeri
# unreviewed
cv-birth-date = Doğum tarihi
# unreviewed
cv-birth-place-only = Doğum yeri
# unreviewed
cv-born-in = { $date }, { $place }
# unreviewed
cv-nationality = Uyruk
# unreviewed
cv-address = Adres
# unreviewed
cv-phone = Telefon
# unreviewed
cv-email = E-posta
# unreviewed
cv-work = İş deneyimi
# unreviewed
cv-education = Eğitim
# unreviewed
cv-training = Mesleki gelişim
# unreviewed
cv-other = Diğer deneyimler
# unreviewed
cv-languages = Yabancı diller
# unreviewed
cv-certificates = Sertifikalar ve nitelikler
# unreviewed
cv-since = { $from } tarihinden beri
# unreviewed
cv-until = { $to } tarihine kadar
# unreviewed
cv-native = ana dil
# unreviewed
cv-level = { $level } seviyesi (AOBM)
# unreviewed
cv-exam = Sınav
# unreviewed
cv-issuer = Veren kurum
# unreviewed
cv-cert-language = Dil sertifikası
# unreviewed
cv-cert-qualification = Diploma
# unreviewed
cv-cert-recognition = Denklik kararı
# unreviewed
cv-cert-other = Sertifika
# unreviewed
cv-photo = Fotoğraf
# unreviewed
cv-place-date = { $place }, { $date }
