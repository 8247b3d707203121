### Mappe consent summary: Turkish (Türkçe).
### Status: MACHINE-MADE, NOT REVIEWED by a native speaker. See docs/consent.md.

## The summary, top to bottom.

consent-title = Cüzdanınızdaki bilgileri paylaşmak üzeresiniz.
consent-who-agency = Kim açabilir: yalnızca { $agency }
consent-who-anyone = Kim açabilir: bu kod veya bağlantı elinde olan herkes
consent-keep-code = Kodu yalnızca bilgilerinizi görmesi gereken kişiye gösterin.
consent-what = Paylaşılanlar:
consent-purpose = Ne için: { $purpose }
consent-until = Son geçerlilik tarihi: { $date }
consent-opens =
    { $count ->
        [1] Yalnızca bir kez açılabilir.
       *[other] En fazla { $count } kez açılabilir.
    }
consent-opens-unlimited = O tarihe kadar gerektiği kadar açılabilir.
consent-live-on = Burada paylaştığınız bir şeyi daha sonra düzeltirseniz ya da paylaştığınız bir listeye kayıt eklerseniz, bu da paylaşılır.
consent-live-off = Daha sonra bir şeyi düzeltir ya da eklerseniz, bu paylaşılmaz: bu sürüm olduğu gibi kalır.
consent-revoke = Bu paylaşımı istediğiniz zaman iptal edebilirsiniz (durdurabilirsiniz).
revoke-warning = İptal etmek yeni açılışları durdurur, ancak daha önce açılmış, görülmüş veya kaydedilmiş olanı geri alamaz.

## What is shared: one bullet per entry.

field-whole-profile = Profilinizin tamamı (adlar, doğum, uyruk, diller, iletişim bilgileri)
field-given-names = Ad (adlar)
field-family-name = Soyadı
field-aliases = Diğer adlar (eski adlar, farklı yazılışlar)
field-birth-date = Doğum tarihi
field-birth-place = Doğum yeri
field-nationality = Uyruk
field-languages = Konuştuğunuz diller
field-contact = Tüm iletişim bilgileri (telefon, e-posta, adres)
field-contact-phone = Telefon numarası
field-contact-email = E-posta adresi
field-contact-address = Adres
field-other = Profil alanı: { $name }
section-cv = Özgeçmişinizin tamamı (okul, eğitim, iş)
section-certificates = Tüm sertifikalarınız (taranmış kopyalar olmadan)
section-residence = Tüm oturum belgeleriniz (taranmış kopyalar olmadan)
section-attachments = Tüm taranmış kopyalarınız
item-cv = Özgeçmişinizden: { $title }
item-certificate = Sertifika: { $title }
item-residence = Oturum belgesi: { $title }
item-attachment = Dosya: { $title }
scan-certificate = “{ $title }” sertifikasının taranmış kopyası: { $file }
scan-residence = “{ $title }” oturum belgesinin taranmış kopyası: { $file }
scan-other = “{ $title }” için taranmış kopya: { $file }

## Bir kurumun onayladığı bilgiler, kurumun imzasıyla.

consent-confirmed = Bir kurum tarafından onaylandı (alıcı kurumun imzasını kontrol edebilir):
confirmed-item = { $issuer } tarafından { $paper }: { $claims }
paper-residence = Oturum belgesi
paper-certificate = Sertifika
paper-recognition = Denklik kararı
claim-kind = Tür
claim-number = Numara
claim-valid_from = Geçerlilik başlangıcı
claim-valid_until = Geçerlilik sonu
claim-legal_basis = Yasal dayanak
claim-work_permitted = Çalışma izni
claim-level = Seviye
claim-issuer = Veren
claim-date = Tarih
claim-degree = Derece
claim-decision = Karar
