# `mappe` komutunun kişiye söylediği her şey, Türkçe (kaynak: en.ftl).
# Bu metinler makine çevirisiyle hazırlandı ve anadili Türkçe olan biri tarafından HENÜZ kontrol edilmedi.
# (These texts were drafted by machine translation and are NOT yet reviewed by a native speaker.)
# Çevirmenler için: bir mesajı kontrol ettikten sonra üstündeki "# unreviewed" satırını silin
# (docs/translations.md).
# Komut adları, seçenekler ve dosya adları (`mappe share`, --relay, agency.json) her dilde
# olduğu gibi kalır: bunlar okunmaz, yazılır.

## Genel

# unreviewed
error-prefix = Hata:
# unreviewed
word-yes = evet
# unreviewed
word-no = hayır
# unreviewed
confirm-choices = [e/H]
# unreviewed
confirm-no-terminal = bir terminalde çalışmıyor, bu yüzden kimse onay veremez: yukarıda gösterilene onay vermek için --yes ekleyin
# unreviewed
file-exists = { $file } zaten var; başka bir dosya seçin
# unreviewed
folder-unreadable = { $dir } okunamıyor: { $why }
# unreviewed
path-is-folder = { $path } bir klasör; yazılacak dosyanın adını verin
# unreviewed
not-a-regular-file = bu normal bir dosya değil
# unreviewed
stdin-unreadable = standart girdiden okunamıyor
# unreviewed
save-failed = değişiklik kaydedilemedi; cüzdan dosyası değişmedi
# unreviewed
context-no-data-folder = cüzdan için bir veri klasörü bulunamıyor; --wallet DIR kullanın veya MAPPE_HOME ayarlayın
# unreviewed
relay-none-chosen = henüz bir aktarma sunucusu seçilmedi; --relay https://… ile bir tane verin (sonra hatırlanır)
# unreviewed
relay-bad-url = --relay { $url }: { $why }
# unreviewed
size-bytes = { $count ->
    [one] { $count } bayt
   *[other] { $count } bayt
}
# unreviewed
size-kb = { $size } KB
# unreviewed
size-mb = { $size } MB

## Parola ve kurtarma kodu

# unreviewed
passphrase-prompt = Parola:
# unreviewed
passphrase-choose = Bu cüzdan için bir parola seçin:
# unreviewed
passphrase-again = Tekrar yazın:
# unreviewed
passphrase-too-short = parola çok kısa; en az { $min } karakter kullanın
# unreviewed
passphrase-differ = iki parola farklı; hiçbir şey oluşturulmadı
# unreviewed
passphrase-none-given = parola verilmedi: bir terminalde yazın, MAPPE_PASSPHRASE ayarlayın veya --passphrase-file kullanın
# unreviewed
passphrase-unreadable = parola okunamıyor
# unreviewed
passphrase-file-too-large = { $file } parola dosyası { $max } bayttan büyük
# unreviewed
passphrase-file-unreadable = parola dosyası okunamıyor: { $why }
# unreviewed
passphrase-file-not-text = { $file } parola dosyası UTF-8 metin değil
# unreviewed
passphrase-env-not-text = MAPPE_PASSPHRASE geçerli bir UTF-8 metin değil
# unreviewed
recovery-code-prompt = Kurtarma kodunuzu yazın (not ettiğiniz gibi dörtlü gruplar hâlinde), sonra Enter'a basın:
# unreviewed
recovery-code-heading = KURTARMA KODUNUZ — şimdi kâğıda yazın. Yalnızca bu bir kez gösterilir.
# unreviewed
recovery-code-use = Bu cihazı kaybederseniz veya parolanızı unutursanız, bu kod cüzdanınızı geri getirir.
# unreviewed
recovery-code-secret = Bu koda sahip olan herkes cüzdanınızı açabilir: fotoğrafını çekmeyin, kimseye göndermeyin.

## mappe init, recover, show

# unreviewed
init-created = { $dir } klasöründe yeni bir cüzdan oluşturuldu.
# unreviewed
wallet-your-fingerprint = Cüzdanınızın parmak izi: { $fingerprint }
# unreviewed
wallet-fingerprint = Cüzdanın parmak izi: { $fingerprint }
# unreviewed
recover-other-wallet = { $dir } klasöründe zaten başka bir cüzdan var; --wallet ile başka bir klasör seçin
# unreviewed
recover-keys-back = Cüzdanın anahtarları { $dir } klasörüne geri getirildi.
# unreviewed
recover-fetch-failed = anahtarlar geri geldi, ancak belgeler alınamadı; tekrar denemek için `mappe sync` çalıştırın
# unreviewed
recover-fetched = Cüzdan { $url } adresinden alındı: { $cv } özgeçmiş kaydı, { $certificates } sertifika, { $residence } oturum belgesi, { $scans } tarama.
# unreviewed
recover-file-unchanged = Bu klasördeki cüzdan dosyası bu anahtarlarla açıldı; içeriği değişmedi.
# unreviewed
recover-empty = Bu cihazdaki cüzdan boş: kurtarma kodu belgelerinizi değil, anahtarlarınızı geri getirir.
# unreviewed
recover-give-relay = Belgelerinizi almak için, diğer cihazınızın eşitlendiği aktarma sunucusunu --relay ile verin.

## Cüzdanda neler var

# unreviewed
heading-profile = PROFİL
# unreviewed
heading-cv = ÖZGEÇMİŞ
# unreviewed
heading-certificates = SERTİFİKALAR
# unreviewed
heading-residence = OTURUM BELGELERİ
# unreviewed
label-given-names = Adlar
# unreviewed
label-family-name = Soyadı
# unreviewed
label-aliases = Diğer yazılışlar
# unreviewed
label-born = Doğum tarihi
# unreviewed
label-birth-place = Doğum yeri
# unreviewed
label-nationality = Uyruk
# unreviewed
label-languages = Diller
# unreviewed
label-contact = İletişim
# unreviewed
label-phone = Telefon
# unreviewed
label-email = E-posta
# unreviewed
label-address = Adres
# unreviewed
label-kind = Tür
# unreviewed
label-number = Numara
# unreviewed
label-issued-on = Veriliş tarihi
# unreviewed
label-valid-until = Geçerlilik sonu
# unreviewed
label-authority = Makam
# unreviewed
label-organisation = Kuruluş
# unreviewed
label-place = Yer
# unreviewed
label-from = Başlangıç
# unreviewed
label-to = Bitiş
# unreviewed
label-description = Açıklama
# unreviewed
label-issuer = Veren
# unreviewed
label-cefr-level = CEFR seviyesi
# unreviewed
label-exam = Sınav
# unreviewed
label-attachment = Ek
# unreviewed
label-legal-basis = Yasal dayanak
# unreviewed
label-work = Çalışma
# unreviewed
label-conditions = Koşullar
# unreviewed
profile-empty = (henüz bir şey yok — `mappe profile set family_name …`)
# unreviewed
list-none = (yok)
# unreviewed
list-none-yet = (henüz yok — `{ $command }`)
# unreviewed
span-since = { $from } tarihinden beri
# unreviewed
span-until = { $to } tarihine kadar
# unreviewed
detail-level = seviye { $level }
# unreviewed
detail-issued = veriliş { $date }
# unreviewed
detail-number = No. { $number }
# unreviewed
detail-valid-until = geçerlilik sonu { $date }
# unreviewed
detail-expired-on = SÜRESİ DOLDU: { $date }
# unreviewed
work-permitted = çalışma izni var
# unreviewed
work-permitted-with-approval = yalnızca Ausländerbehörde (Yabancılar Dairesi) izniyle çalışılabilir
# unreviewed
work-not-permitted = çalışma izni yok
# unreviewed
detail-scan = tarama: { $name } ({ $size }), ek { $id }
# unreviewed
detail-scan-missing = tarama: { $id } (eksik)
# unreviewed
kind-cv-education = Okul veya öğrenim
# unreviewed
kind-cv-work = İş
# unreviewed
kind-cv-training = Mesleki eğitim veya kurs
# unreviewed
kind-cv-other = Diğer
# unreviewed
kind-cert-language = Dil sertifikası
# unreviewed
kind-cert-qualification = Diploma veya mesleki yeterlilik
# unreviewed
kind-cert-recognition = Denklik kararı
# unreviewed
kind-cert-other = Sertifika
# unreviewed
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis (oturma izni)
# unreviewed
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis (süresiz oturma izni)
# unreviewed
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung (iltica süreci)
# unreviewed
kind-residence-duldung = Duldung (sınır dışı etmenin ertelenmesi)
# unreviewed
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung (geçici belge)
# unreviewed
kind-residence-visa = Vize
# unreviewed
kind-residence-eu-citizen = AB vatandaşı (serbest dolaşım)
# unreviewed
kind-residence-other = Diğer oturum belgesi
# unreviewed
kind-unknown = `{ $given }` türlerden biri değil; şunlardan birini kullanın: { $kinds }
# unreviewed
list-cv = Özgeçmiş
# unreviewed
list-certificate = Sertifikalar
# unreviewed
list-residence = Oturum belgeleri
# unreviewed
list-attachment = Ekler
# unreviewed
list-share = Paylaşımlar
# unreviewed
path-profile = profilin tamamı
# unreviewed
path-residence-current = geçerli oturum belgesi
# unreviewed
path-cv = özgeçmiş kaydı { $id }
# unreviewed
path-certificate = belge { $id }
# unreviewed
path-residence = oturum belgesi { $id }
# unreviewed
path-certificate-scan = belgenin taraması { $id }
# unreviewed
path-residence-scan = oturum belgesinin taraması { $id }

## Düzenleme

# unreviewed
profile-unknown-field = bilinmeyen profil alanı `{ $given }`; alanlar şunlar: { $fields }
# unreviewed
profile-one-value = { $field } tek bir değer alır; boşluk içeriyorsa tırnak içine alın
# unreviewed
profile-saved = { $field } kaydedildi.
# unreviewed
profile-cleared = { $field } silindi.
# unreviewed
added-cv = Özgeçmiş kaydı { $id } eklendi.
# unreviewed
added-certificate = Sertifika { $id } eklendi.
# unreviewed
added-residence = Oturum belgesi { $id } eklendi.
# unreviewed
added-scan = Tarama, ek { $id } olarak şifreli saklandı.
# unreviewed
removed-cv = Özgeçmiş kaydı { $id } silindi.
# unreviewed
removed-certificate = Sertifika { $id } silindi.
# unreviewed
removed-residence = Oturum belgesi { $id } silindi.
# unreviewed
removed-attachment = Ek { $id } silindi.
# unreviewed
attachment-exported = Ek { $id }, { $file } dosyasına yazıldı (SHA-256 ile kontrol edildi).
# unreviewed
live-not-updated = uyarı: canlı paylaşımlar şimdi güncellenmedi ({ $why }); `mappe sync` yeniden deneyecek.

## mappe cv export

# unreviewed
cv-format-unknown = --format { $given }: pdf, html veya europass kullanın
# unreviewed
cv-lang-unknown = --cv-lang { $given }: de, en, ar, uk, fa veya tr kullanın
# unreviewed
cv-europass-no-photo = --photo ve --place yalnızca --format pdf veya html içindir; Europass XML ikisini de taşımaz
# unreviewed
cv-place-form = --place: şehrinizi yazın, 1 ile 200 karakter arası düz metin
# unreviewed
cv-photo-unusable = --photo { $file }: { $why }
# unreviewed
cv-no-chromium = PDF için Chromium gerekli ama bulunamadı: kurun (Debian: apt-get install chromium) ya da yolunu MAPPE_CHROMIUM ile belirtin, ya da --format html kullanıp dosyayı tarayıcıdan yazdırın
# unreviewed
cv-chromium-env-not-file = MAPPE_CHROMIUM { $file } gösteriyor, bu bir dosya değil; { $advice }
# unreviewed
cv-no-temp-folder = { $dir } içinde geçici klasör oluşturulamadı
# unreviewed
cv-chromium-not-started = { $file } başlatılamadı; { $advice }
# unreviewed
cv-chromium-timeout = Chromium PDF'yi { $seconds } saniye içinde yazdıramadı; --format html deneyin ve dosyayı tarayıcıdan yazdırın
# unreviewed
cv-chromium-failed = Chromium PDF yazdırmadı ({ $status }; mesajı: { $said }); --format html deneyin ve dosyayı tarayıcıdan yazdırın
# unreviewed
cv-written-pdf = Özgeçmişiniz (Lebenslauf, PDF) { $file } dosyasına yazıldı.
# unreviewed
cv-written-html = Özgeçmişiniz (Lebenslauf, HTML; tarayıcıdan A4 olarak yazdırın) { $file } dosyasına yazıldı.
# unreviewed
cv-written-europass = Özgeçmişiniz Europass XML olarak { $file } dosyasına yazıldı.

## mappe status

# unreviewed
status-nothing = Şu anda ilgilenmeniz gereken bir şey yok.
# unreviewed
status-residence-expiring = { $paper } belgenizin süresi { $days } gün sonra bitiyor ({ $date }).
# unreviewed
status-residence-expired = SÜRESİ DOLDU: { $paper } belgenizin süresi { $date } tarihinde bitti.
# unreviewed
status-residence-superseded = Süresi doldu: { $paper } ({ $date } tarihinde bitti; daha yeni bir belge geçerli).
# unreviewed
status-attestation-expiring = { $office } tarafından verilen onay { $days } gün sonra bitiyor ({ $date }).
# unreviewed
status-attestation-expired = { $office } tarafından verilen onay { $date } tarihinde bitti.
# unreviewed
status-share-expiring = { $office } ile paylaşımınız { $days } gün sonra bitiyor ({ $date }).
# unreviewed
status-live-stopped = Bir canlı paylaşım değişikliklerinizi izlemeyi bıraktı: { $office }.
# unreviewed
status-share-unopened = { $date } tarihli paylaşımınızı ({ $office } için) henüz kimse açmadı.
# unreviewed
status-opens-unknown = Paylaşımlarınızın açılıp açılmadığı kontrol edilemedi: { $why }
# unreviewed
advice-residence-extend = Süresi bitmeden önce, zamanında Ausländerbehörde'ye uzatma başvurusu yapın. O zamana kadar karar verilmezse bir Fiktionsbescheinigung alırsınız: onu belgelerinizle birlikte saklayın.
# unreviewed
advice-residence-expired = Hemen Ausländerbehörde'ye gidin. Süresi bitmeden başvurduysanız Fiktionsbescheinigung'unuzu isteyin; bir göç danışma merkezi size yardım edebilir.
# unreviewed
advice-attestation-renew = Hâlâ ihtiyacınız varsa kurumdan yeni bir onay isteyin.
# unreviewed
advice-share-again = Kurumun hâlâ ihtiyacı varsa paylaşımı geri alın ve yeniden paylaşın.
# unreviewed
advice-share-unopened = Kuruma bağlantının veya QR kodunun ulaşıp ulaşmadığını sorun; kaybolduysa yeniden paylaşın.

## mappe share

# unreviewed
share-attest-form = --attest { $given }: KAYIT:BİLGİLER biçiminde yazın, örneğin --attest residence/ID:kind,valid_until
# unreviewed
share-expires-past = --expires { $given } geçmişte kalıyor
# unreviewed
share-expires-too-long = bir paylaşım en fazla { $days } gün sürebilir
# unreviewed
share-expires-form = --expires 30d, 12h, 2w gibi bir süre veya { $example } gibi bir tarih alır
# unreviewed
share-to-unreadable = --to { $given }: { $why }
# unreviewed
share-fields-missing = neyin paylaşılacağını --fields ile seçin, örneğin --fields profile.family_name,certificates/<id>/scan
# unreviewed
share-max-opens-zero = --max-opens en az 1 olmalı
# unreviewed
share-purpose-length = --purpose 1 ile { $max } karakter arasında olmalı
# unreviewed
share-office-fingerprint = Kurum anahtarının parmak izi (kurumla sesli olarak karşılaştırın): { $fingerprint }
# unreviewed
share-question = Bu paylaşılsın mı?
# unreviewed
share-nothing-shared = Hiçbir şey paylaşılmadı.
# unreviewed
share-link = Bağlantı: { $link }
# unreviewed
share-id = Paylaşım kimliği: { $id }
# unreviewed
share-only-office = Onu yalnızca o kurum, kendi Mappe anahtarıyla açabilir. QR kodu tek başına hiçbir şey göstermez.
# unreviewed
share-anyone-with-code = Bu kod veya bağlantı elinde olan herkes, süresi dolana kadar onu açabilir: yalnızca kuruma gösterin.
# unreviewed
share-qr-written = QR kodu { $file } dosyasına yazıldı.

## mappe shares, revoke

# unreviewed
shares-none = Henüz paylaşım yok. `mappe share --fields …` ile bir tane oluşturun.
# unreviewed
shares-anyone-with-code = kodu olan herkes
# unreviewed
shares-label-for = kime:
# unreviewed
shares-label-fields = alanlar:
# unreviewed
shares-label-until = bitiş:
# unreviewed
shares-label-opened = açılış:
# unreviewed
shares-label-live = canlı:
# unreviewed
shares-label-note = not:
# unreviewed
shares-label-log = kayıt:
# unreviewed
shares-opened-of = { $opens } kez (en fazla { $max })
# unreviewed
shares-opened-no-limit = { $opens } kez (sınır yok)
# unreviewed
shares-opened-unknown-of = bilinmiyor (en fazla { $max })
# unreviewed
shares-opened-unknown = bilinmiyor (sınır yok)
# unreviewed
shares-live-stopped = cüzdanınızı izlemeyi bıraktı ({ $why }); kurum son sürümü görüyor
# unreviewed
shares-log-no-opens = hiç açılmadı
# unreviewed
shares-log-earlier = açıldı   bunlardan önce { $count } kez daha (aktarma sunucusu yalnızca en yenileri listeler)
# unreviewed
shares-log-opened = açıldı   { $time }  { $by }
# unreviewed
shares-by-office = { $office } tarafından
# unreviewed
shares-by-agency-key = { $key } kurum anahtarıyla
# unreviewed
shares-by-bearer = kodu olan biri tarafından
# unreviewed
share-status-active = etkin
# unreviewed
share-status-pending = bekliyor
# unreviewed
share-status-revoked = geri alındı
# unreviewed
share-status-expired = süresi doldu
# unreviewed
share-status-used-up = hakkı bitti
# unreviewed
share-status-unknown = bilinmiyor
# unreviewed
revoke-revoking = { $id } paylaşımı geri alınıyor ({ $fields }).
# unreviewed
revoke-question = Şimdi geri alınsın mı?
# unreviewed
revoke-nothing = Hiçbir şey geri alınmadı.
# unreviewed
revoke-done = Geri alındı. Aktarma sunucusu şifreli paylaşımı sildi; şimdi onu açmaya çalışan herkes reddedilir.
# unreviewed
revoke-cannot-take-back = Daha önce açılmış olan, onu açan kişide kalır: geri almak bunu geri getiremez.

## mappe open

# unreviewed
open-trust-key-form = --trust-key: güven listesinin imza anahtarının 64 onaltılık (hex) karakterini verin
# unreviewed
open-trust-list-form = --trust-list { $url }: yolu olan bir https:// adresi verin, örneğin https://relay.example.org/v1/directory
# unreviewed
open-save-not-folder = --save-attachments { $dir }: bir klasör değil
# unreviewed
open-needs-agency-key = bağlantıda anahtar yok; o kurumda `mappe open LINK --as AGENCY_FOLDER` çalıştırın
# unreviewed
open-office-passphrase-prompt = Kurumun Mappe anahtarının parolası:
# unreviewed
open-stated-by-person = KİŞİNİN KENDİ BEYANI, PAYLAŞILDIĞINDAN BERİ DEĞİŞMEDİ: { $fingerprint } parmak izli cüzdan tarafından imzalandı.
# unreviewed
open-stated-meaning = Bu, kimin paylaştığını ve hiçbir şeyin değiştirilmediğini kanıtlar; bilgilerin doğru olduğunu kanıtlamaz.
# unreviewed
open-anyone-with-code = kodu olan herhangi biri
# unreviewed
open-label-shared-with = Kiminle
# unreviewed
open-label-purpose = Amaç
# unreviewed
open-label-valid-until = Geçerlilik sonu
# unreviewed
open-label-opened = Açılış
# unreviewed
open-label-live = Canlı paylaşım
# unreviewed
open-opened-of = { $max } kezden { $opens } kez
# unreviewed
open-opened-times = { $opens } kez
# unreviewed
open-live-revision = sürüm { $revision }
# unreviewed
open-live-revision-corrected = sürüm { $revision }, son düzeltme { $date }
# unreviewed
open-no-changes = SON AÇIŞINIZDAN BERİ DEĞİŞİKLİK YOK (sürüm { $revision }).
# unreviewed
open-changed = SON AÇIŞINIZDAN BERİ DEĞİŞTİ (sürüm { $from } → { $to }):
# unreviewed
open-changed-on = SON AÇIŞINIZDAN BERİ DEĞİŞTİ (sürüm { $from } → { $to }, düzeltme { $date }):
# unreviewed
open-change-none = (yok)
# unreviewed
open-change-removed = (kaldırıldı)
# unreviewed
open-attestations-heading = KURUMLARIN ONAYLARI (kişinin beyanlarından ayrı olarak kontrol edildi)
# unreviewed
open-trust-list-not-used = Güven listesi kullanılmadı: { $why }
# unreviewed
open-no-trust-list = Sabitlenmiş güven listesi yok (--trust-key): hiçbir kurum onaylı sayılmaz.
# unreviewed
open-attestation-paper = belge
# unreviewed
open-attestation-an-office = bir kurum
# unreviewed
open-attestation-confirmed = ONAYLANDI — { $office } tarafından, { $date } tarihinde
# unreviewed
open-attestation-untrusted = ONAYLANMADI: güven listenizde olmayan bir kurum tarafından imzalandı
# unreviewed
open-attestation-status-unknown = ONAYLANMADI: { $office } { $date } tarihinde imzaladı, ancak onayı geri çekip çekmediği kontrol edilemedi
# unreviewed
open-attestation-withdrawn = GERİ ÇEKİLDİ — { $office } tarafından: artık bunu onaylamıyor
# unreviewed
open-attestation-expired = SÜRESİ DOLDU: onay { $date } tarihinde bitti
# unreviewed
open-attestation-invalid = GEÇERSİZ, hiçbir kısmı gösterilmiyor: { $why }
# unreviewed
open-attestation-list-of = (geri çekme listesi, { $time })
# unreviewed
open-scans-heading = TARAMALAR
# unreviewed
open-scan-saved = { $name } ({ $media_type }, { $size }) { $file } dosyasına kaydedildi
# unreviewed
open-scan-listed = { $name } ({ $media_type }, { $size }) — indirmek için --save-attachments DIR kullanın
# unreviewed
open-consent-heading = KİŞİYE GÖSTERİLEN VE ONUN ONAY VERDİĞİ METİN ({ $lang }):

## Hatalar (kütüphanenin kendi cümleleri, kişinin dilinde)

# unreviewed
error-wrong-passphrase = yanlış parola
# unreviewed
error-no-wallet = { $dir } klasöründe henüz cüzdan yok; oluşturmak için `mappe init` çalıştırın
# unreviewed
error-wallet-exists = { $dir } klasöründe zaten bir cüzdan var; olduğu gibi bırakıldı
# unreviewed
error-not-found = { $list } listesinde `{ $id }` kimlikli kayıt yok
# unreviewed
error-ambiguous-id = `{ $id }`, { $list } listesinde birden fazla kayda uyuyor; kimliğin daha fazla karakterini verin
# unreviewed
error-unreadable-input = { $file } okunamıyor: { $why }
# unreviewed
error-relay-unreachable = { $url } adresindeki aktarma sunucusuna ulaşılamıyor: { $why }
# unreviewed
error-share-revoked = bu paylaşım, onu oluşturan kişi tarafından geri alındı; hiçbir şey gösterilemez
# unreviewed
error-share-expired = bu paylaşımın süresi doldu; hiçbir şey gösterilemez
# unreviewed
error-share-used-up = bu paylaşım, kişinin izin verdiği kadar açıldı; hiçbir şey gösterilemez
# unreviewed
error-share-not-found = aktarma sunucusu bu paylaşımı tanımıyor (yanlış bağlantı veya artık yok)
# unreviewed
error-needs-agency-key = bu paylaşım belirli bir kurum içindir ve yalnızca o kurumun Mappe anahtarıyla açılabilir (`mappe open LINK --as AGENCY_FOLDER`)
# unreviewed
error-not-for-this-key = bu anahtar paylaşımı açamaz: başka biri için yapılmış
# unreviewed
error-share-altered = paylaşım yolda değiştirilmiş veya bozulmuş; hiçbir şey gösterilmiyor
# unreviewed
error-share-bad-signature = sahibinin imzası uyuşmuyor: paylaşım değiştirilmiş; hiçbir şey gösterilmiyor
# unreviewed
error-share-expired-on = bu paylaşımın süresi { $date } tarihinde doldu
# unreviewed
error-share-newer-version = bu paylaşım Mappe'nin daha yeni bir sürümüyle yapılmış (biçim { $version }); lütfen Mappe'yi güncelleyin
# unreviewed
error-sync-busy = bu cihaz denerken diğer cihazlar aktarma sunucusuna yazmaya devam etti; eşitlemeyi tekrar çalıştırın
# unreviewed
error-missing-scan = { $name } taraması henüz bu cihazda yok; önce onu ekleyen cihazı eşitleyin
# unreviewed
error-not-a-picture = { $file } okunabilir bir PNG veya JPEG resmi değil
# unreviewed
error-picture-too-large = { $file }, { $width } × { $height } piksellik bir resim; en fazla 40 megapiksel okunabilir
# unreviewed
error-no-qr-code = { $file } içinde QR kodu okunamadı; fotoğrafı yeniden çekin: daha yakından, tam karşıdan ve eşit ışıkta
# unreviewed
error-qr-agency-card = { $file } içindeki QR kodu bir paylaşım değil, bir kurumun kartı ({ $office }); o kurumla paylaşmak içindir (`mappe share --to`)
# unreviewed
error-qr-not-share = { $file } içindeki QR kodu bir Mappe paylaşım bağlantısı değil; içeriği: "{ $shown }"

## mappe sync

# unreviewed
sync-withheld = aktarma sunucusunda bu cihazın gördüğü değişiklikler eksik ({ $detail }); hiçbir şey birleştirilmedi. Aktarma sunucusu bir yedekten geri yüklendiyse, bu cihazın değişikliklerini ona yeniden vermek için `mappe sync --resend` çalıştırın; yüklenmediyse sunucu onları saklıyor olabilir: sunucuyu işleten danışma merkezine sorun
# unreviewed
sync-done-sent = { $url } ile eşitlendi: diğer cihazlardan { $merged } kayıt birleştirildi, bu cihazın değişiklikleri gönderildi; günlük: kayıt { $seq }.
# unreviewed
sync-done-nothing = { $url } ile eşitlendi: diğer cihazlardan { $merged } kayıt birleştirildi, gönderilecek yeni bir şey yok; günlük: kayıt { $seq }.
# unreviewed
sync-scans = Taramalar: { $down } indirildi, { $up } yüklendi.
# unreviewed
sync-scan-missing = { $name } taraması henüz aktarma sunucusunda yok: onu ekleyen cihazı eşitleyin.
# unreviewed
live-updated = Canlı paylaşım { $id }, sürüm { $revision } olarak güncellendi.
# unreviewed
live-revoked-elsewhere = Canlı paylaşım { $id } başka bir cihazda geri alındı; artık burada da geri alınmış olarak kayıtlı.
# unreviewed
live-stopped = Canlı paylaşım { $id } artık cüzdanınızı izlemiyor ({ $why }). Kurum son sürümü görmeye devam eder; gerekirse `mappe revoke { $id }` ile geri alın ve yeniden paylaşın.

## mappe forget

# unreviewed
forget-asking = { $url } aktarma sunucusundan bu cüzdanı unutması isteniyor.
# unreviewed
forget-what = Sunucu sizinle ilgili tuttuğu her şeyi siler: cüzdanınızın şifreli kopyasını (eşitleme günlüğü ve taramalar), orada yaptığınız her paylaşımı ve bunların erişim kayıtlarını.
# unreviewed
forget-live-shares = { $count ->
    [0] Bu aktarma sunucusunda çalışan paylaşımınız yok.
    [one] Bu aktarma sunucusundaki { $count } çalışan paylaşımınız hemen çalışmayı durdurur.
   *[other] Bu aktarma sunucusundaki { $count } çalışan paylaşımınız hemen çalışmayı durdurur.
}
# unreviewed
forget-cannot-take-back = Kurumların daha önce açtıkları onlarda kalır: unutmak bunu geri alamaz.
# unreviewed
forget-device-kept = Bu cihazdaki cüzdanınız kalır; daha sonra bu sunucuyla `mappe sync` yaparsanız orada yeni bir kopya başlar.
# unreviewed
forget-question = Aktarma sunucusundan sizi şimdi unutması istensin mi?
# unreviewed
forget-nothing-sent = Hiçbir şey gönderilmedi.
# unreviewed
forget-receipt-kept = Makbuz { $file } dosyasında saklandı.
# unreviewed
forget-done = Aktarma sunucusu bu cüzdanı unuttu. İmzalı makbuzu doğrulandı:
# unreviewed
forget-revoked-here = Bu aktarma sunucusundaki { $count } paylaşım artık cüzdanınızda geri alınmış olarak kayıtlı.
# unreviewed
forget-no-receipts = Henüz silme makbuzu yok. `mappe forget --relay URL` bir aktarma sunucusundan sizi unutmasını ister.
# unreviewed
receipt-label-relay = sunucu:
# unreviewed
receipt-label-relay-key = sunucu anahtarı:
# unreviewed
receipt-label-deleted-at = silinme zamanı:
# unreviewed
receipt-label-deleted = silinenler:
# unreviewed
receipt-label-share = paylaşım:
# unreviewed
receipt-deleted-counts = { $shares } paylaşım, { $share_scans } paylaşılan tarama, { $log_rows } erişim kaydı satırı, { $sync_entries } eşitleme günlüğü kaydı, { $sync_scans } eşitlenmiş tarama

## Kurumlar: mappe agency

# unreviewed
agency-folder-taken = { $dir } klasöründe zaten bir Mappe kimliği var; --wallet ile başka bir klasör seçin
# unreviewed
agency-name-form = --name: kurumun adını verin, 1 ile 200 karakter arası düz metin
# unreviewed
agency-kind-unknown = --kind { $given }: şunlardan birini kullanın: { $kinds }
# unreviewed
agency-created = { $name } ({ $kind }) için Mappe kimliği { $dir } klasöründe oluşturuldu.
# unreviewed
agency-fingerprint = Parmak izi (sizinle paylaşan kişilerle sesli olarak karşılaştırın): { $fingerprint }
# unreviewed
agency-card-file = Bu kurumla paylaşan kişiler için herkese açık kart: { $file }
# unreviewed
agency-key-string = Ya da onlara bu anahtarı verin: { $key }
# unreviewed
agency-card-qr = Kişilerin Mappe uygulamasıyla tarayabilmesi için QR kodu olarak kart (ayrıca { $file } dosyasında):
# unreviewed
agency-no-card = { $dir } bir kurum klasörü değil ({ $file } yok); `mappe agency init` ile bir tane oluşturun
# unreviewed
agency-exported = { $name } kurumunun anahtarı { $file } dosyasına yazıldı.
# unreviewed
agency-exported-how = Anahtar, kurumun parolasıyla kilitli kalır: onu kurumun diğer bilgisayarına götürün ve orada içe aktarın (`mappe agency import` veya tarayıcıdaki kurum masası). Parmak izi: { $fingerprint }
# unreviewed
agency-export-too-large = { $file } bir kurum dışa aktarma dosyası olamayacak kadar büyük
# unreviewed
agency-imported = { $name } ({ $kind }) kurumunun Mappe anahtarı { $dir } klasörüne kuruldu.
# unreviewed
agency-imported-fingerprint = Parmak izi (kurumun diğer bilgisayarlarıyla karşılaştırın): { $fingerprint }

## Onaylar

# unreviewed
attest-expires-form = --expires { $example } gibi bir tarih veya 365d gibi bir gün sayısı alır
# unreviewed
attest-key-form = { $flag }: anahtarın 64 onaltılık (hex) karakterini verin
# unreviewed
attest-kind-unknown = --kind { $given }: residence, certificate veya recognition kullanın
# unreviewed
attest-claim-form = --claim { $given }: AD=DEĞER biçiminde yazın, örneğin --claim valid_until=2027-06-30
# unreviewed
attest-relay-fixed = bu kurum geri çekmelerini { $url } adresinde yayımlıyor; daha önce verilen onaylar oraya işaret eder
# unreviewed
attest-issued = { $office }, { $key } anahtarlı kişinin bir belgesini ({ $paper }) onayladı: onay numarası { $number }.
# unreviewed
attest-written = Geçerlilik sonu: { $date }. { $file } dosyasına yazıldı: bu dosyayı kişiye verin.
# unreviewed
attest-too-long-for-qr = onay tek bir QR kodu için fazla uzun; kişiye dosyayı verin
# unreviewed
attest-how-to-withdraw = Daha sonra geri çekmek için: mappe agency withdraw { $number } ({ $url } adresinde yayımlanır).
# unreviewed
attest-none-issued = bu kurum henüz hiç onay vermedi ({ $dir } içinde { $file } yok)
# unreviewed
attest-withdrawn = { $number } numaralı onay geri çekildi ({ $paper }, { $key } anahtarına verilmişti). Doğrulayanlar bunu artık { $url } adresinde görür.
# unreviewed
attest-withdrawn-cannot-take-back = Bu onayı içeren bir paylaşımı daha önce açmış kurumlar, o zaman gördüklerini saklar.
# unreviewed
attest-your-key = Belgelerinizden birini onaylayacak bir kurum için anahtarınız: { $key }
# unreviewed
attest-your-fingerprint = Parmak izi (kurumla sesli olarak karşılaştırın): { $fingerprint }
# unreviewed
attest-entry-form = --to { $given }: kaydı residence/ID veya certificates/ID olarak belirtin
# unreviewed
attest-file-too-large = { $file } bir onay olamayacak kadar büyük
# unreviewed
attest-file-not-text = { $file } bir onay değil (metin değil)
# unreviewed
attest-wrong-section = bu onay başka türden bir belgeyi onaylıyor ({ $paper }); { $entry } ile birlikte saklanamaz
# unreviewed
attest-kept = { $office } tarafından verilen onay { $entry } ile birlikte saklandı (geçerlilik sonu { $date }).
# unreviewed
attest-confirmed-facts = Onaylanan bilgiler: { $facts }
# unreviewed
attest-share-hint = Paylaşmak için: { $command }
# unreviewed
attest-list-none = Henüz hiçbir kurum belgelerinizden birini onaylamadı. Bir kuruma anahtarınızı verin (mappe attestation key).
# unreviewed
attest-list-valid = { $entry }: { $paper }, { $office } tarafından onaylandı (geçerlilik sonu { $date })
# unreviewed
attest-list-expired = { $entry }: { $paper }, { $office } tarafından onaylandı (SÜRESİ DOLDU, bitiş { $date })
# unreviewed
attest-list-unreadable = { $entry }: bu sürümün okuyamadığı bir onay

## mappe demo

# unreviewed
demo-intro = Mappe demosu. Her şey, sonunda silinen geçici bir klasörde olur:
# unreviewed
demo-step = Adım { $number }: { $text }
# unreviewed
demo-step-1-given = Bir danışma merkezi bir aktarma sunucusu işletir. Burada: --relay ile verilen sunucu.
# unreviewed
demo-step-1-inside = Bir danışma merkezi bir aktarma sunucusu işletir. Burada: bu bilgisayarda çalışan ve SQLite'a kaydeden bir sunucu.
# unreviewed
demo-relay-given = { $url } adresindeki aktarma sunucusu kullanılıyor. Sunucu hiçbir zaman şifreli baytlardan başka bir şey görmez.
# unreviewed
demo-relay-inside = Aktarma sunucusu { $url } adresinde dinliyor. Sunucu hiçbir zaman şifreli baytlardan başka bir şey görmez.
# unreviewed
demo-relay-failed = demo aktarma sunucusu başlatılamıyor
# unreviewed
demo-no-relay-inside = bu mappe programı içinde aktarma sunucusu olmadan derlendi; demoyu `cargo run --release --bin mappe --features embedded-relay -- demo` ile çalıştırın ya da bir aktarma sunucusu başlatın (`mappe-relay`) ve `mappe demo --relay URL` çalıştırın
# unreviewed
demo-no-temp-folder = geçici bir klasör oluşturulamıyor
# unreviewed
demo-no-example-scan = örnek tarama yazılamıyor
# unreviewed
demo-step-2 = Amal cüzdanını oluşturuyor ve profilini dolduruyor.
# unreviewed
demo-wallet-created = Cüzdan oluşturuldu. Parmak izi: { $fingerprint }
# unreviewed
demo-step-3 = Özgeçmişini ekliyor: Halep'te üniversite, Gaziantep'te iş, uyum kursu.
# unreviewed
demo-step-4 = B1 sertifikasını tarıyor ve ekliyor; tarama 64 KiB'lık parçalar hâlinde şifreleniyor.
# unreviewed
demo-step-5 = Oturma iznini ekliyor ve cüzdanına bakıyor.
# unreviewed
demo-step-6 = Jobcenter bir kez kendi Mappe anahtarını oluşturuyor ve kartını (agency.json) yayımlıyor.
# unreviewed
demo-step-7 = Jobcenter'daki masada Amal, B1 sertifikasını taramasıyla birlikte, geçerli oturma iznini ve adını paylaşıyor — yalnızca bu kurum için, 30 gün, en fazla 3 açılış. Bunun ne anlama geldiğini okuyor ve onay veriyor.
# unreviewed
demo-step-8 = Biri omzunun üstünden QR kodunun fotoğrafını çekiyor. Jobcenter'ın anahtarı olmadan kod hiçbir şey göstermez:
# unreviewed
demo-step-9 = Memur QR kodunu tarıyor ve Jobcenter'ın anahtarıyla açıyor: doğrulandı, tam olarak bu alanlar.
# unreviewed
demo-scan-not-saved = tarama kaydedilmedi
# unreviewed
demo-scan-identical = Kaydedilen tarama, Amal'ın aslıyla bayt bayt aynı: evet
# unreviewed
demo-scan-differs = kaydedilen tarama asıldan farklı
# unreviewed
demo-step-10 = Eve dönünce Amal, paylaşımını kimin açtığına bakıyor.
# unreviewed
demo-step-11 = Amal paylaşımı geri alıyor.
# unreviewed
demo-step-12 = Memur onu yeniden açmaya çalışıyor.
# unreviewed
demo-refused = reddedildi: { $why }
# unreviewed
demo-finished = Demo bitti: paylaşım Jobcenter tarafından bir kez açıldı, sonra geri alındı ve geri alınan paylaşım reddedildi.
