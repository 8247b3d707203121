### Mappe app: Turkish (Türkçe).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = Belgeleriniz telefonunuzda, şifreli.
language-self = Türkçe
language = Dil
loading = Yükleniyor …
back = Geri
cancel = İptal
save = Kaydet
edit = Düzenle
remove = Sil
yes-remove = Evet, sil
close = Kapat
next = İleri
print = Yazdır
lock = Kilitle
working = Bir dakika …

## Start.

start-create-title = Yeni cüzdan oluştur
start-create-intro = Bir parola seçin. Mappe'yi her açtığınızda buna ihtiyacınız var. Kimse onu sizin için sıfırlayamaz.
passphrase = Parola
passphrase-again = Parola tekrar
passphrase-mismatch = İki parola aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
create = Cüzdan oluştur
start-unlock-title = Cüzdanınızı açın
unlock = Aç
start-forgot = Parolanızı mı unuttunuz, yoksa yeni telefon mu?
start-recover = Kurtarma koduyla geri getir
start-new-instead = Bunun yerine yeni cüzdan oluştur

recovery-title = Kurtarma kodunuz
recovery-intro = Bu kodu kâğıda yazın veya yazdırın. Telefonunuzdan uzakta, güvenli bir yerde saklayın.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan herkes cüzdanınızı açabilir.
recovery-written = Yazdım
recovery-confirm-title = Kurtarma kodunuzu kontrol edin
# $n: grubun numarası.
recovery-confirm-group = Grup { $n }
recovery-confirm-wrong = Bu eşleşmiyor. Kâğıdınıza tekrar bakın.
recovery-confirm-ok = Onayla
recovery-show-again = Kodu tekrar göster

recover-title = Cüzdanınızı geri getirin
recover-intro = Kurtarma kodunuzu yazın ve yeni bir parola seçin.
recover-code = Kurtarma kodu
recover-relay = Aktarma sunucusunun adresi (cüzdanınız eşitlendiyse)
recover-relay-hint = Bilmiyorsanız olduğu gibi bırakın. O zaman cüzdan boş başlar.
recover-go = Geri getir
recover-synced = Cüzdanınız aktarma sunucusundan geri getirildi.
recover-empty = Anahtarlarınız geri geldi. Cüzdan, eşitleyene kadar boş.

locked-idle = 5 dakika kullanılmadığı için kilitlendi.

## Home.

home-title = Belgelerim
section-profile = Hakkımda
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = İkamet belgeleri
nav-home = Belgeler
nav-share = Paylaş
nav-shares = Paylaşımlar
nav-sync = Eşitle
nav-backup = Yedek
empty-section = Burada henüz bir şey yok.
add = Ekle
add-cv = Özgeçmişe ekle
add-certificate = Sertifika ekle
add-residence = İkamet belgesi ekle
remove-confirm = Bu kayıt silinsin mi? Taraması da silinir.
saved = Kaydedildi.
fingerprint = Anahtarınız: { $fingerprint }

## Dikkat etmeniz gerekenler (başlangıç ekranı).

# unreviewed
attention-title = Dikkat etmeniz gerekenler
# unreviewed
urgency-expired = Süresi doldu
# unreviewed
urgency-within_30_days = 30 gün içinde
# unreviewed
urgency-within_90_days = 90 gün içinde
# unreviewed
urgency-info = Bilginize
# unreviewed
notice-confirmation = { $name } onayı
# unreviewed
notice-share = { $name } ile paylaşım
# unreviewed
notice-live-share = Canlı paylaşım: { $name }
# unreviewed
notice-left = { $date } tarihine kadar geçerli. { $days } gün kaldı.
# unreviewed
notice-ended = Süresi { $date } tarihinde doldu.
# unreviewed
notice-superseded = Süresi { $date } tarihinde doldu. Daha yeni bir belge geçerli: yapmanız gereken bir şey yok.
# unreviewed
notice-share-ends = { $date } tarihinde sona eriyor.
# unreviewed
notice-live-stopped = Artık değişikliklerinizi takip etmiyor.
# unreviewed
notice-unopened = { $date } tarihinde paylaştığınızdan beri kimse açmadı.
# unreviewed
advice-residence-extend = Süre dolmadan, zamanında Yabancılar Dairesi'ne (Ausländerbehörde) uzatma başvurusu yapın. O zamana kadar karar verilmezse bir Fiktionsbescheinigung alırsınız: yanınızda taşıyın ve belgelerinizle birlikte saklayın.
# unreviewed
advice-residence-expired = Hemen Yabancılar Dairesi'ne (Ausländerbehörde) gidin. Süre dolmadan başvurduysanız Fiktionsbescheinigung'unuzu isteyin. Bir göç danışma merkezi yardımcı olabilir.
# unreviewed
advice-attestation-renew = Hâlâ gerekiyorsa kurumdan yeni bir onay isteyin.
# unreviewed
advice-share-again = Kurum hâlâ ihtiyaç duyuyorsa bu paylaşımı durdurun ve yeniden paylaşın.
# unreviewed
advice-share-unopened = Kuruma bağlantının veya QR kodunun ulaşıp ulaşmadığını sorun. Kaybolduysa yeniden paylaşın.
# unreviewed
paper-expired = Süresi { $date } tarihinde doldu

## Profile.

profile-given_names = Adlar
profile-family_name = Soyadı
profile-aliases = Diğer adlar (her satıra bir tane)
profile-birth_date = Doğum tarihi
profile-birth_place = Doğum yeri
profile-nationality = Uyruk
profile-languages = Diller (her satıra bir tane, örneğin "Turkish:native" veya "Deutsch:B1")
profile-contact_phone = Telefon
profile-contact_email = E-posta
profile-contact_address = Adres
profile-edit = Bilgileri düzenle
not-set = girilmedi

## Items.

field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs düzenleyicisi
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren kurum
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
# unreviewed
field-legal_basis = Yasal dayanak
# unreviewed
legal_basis-hint = Örneğin § 16a AufenthG (kartta veya belgede yazar).
# unreviewed
field-work = Çalışma
# unreviewed
field-conditions = Koşullar (Auflagen)
field-scan = Tarama
scan-camera = Fotoğraf çek
scan-file = Dosya seç
scan-show = Taramayı göster
scan-hint = Fotoğraf (JPEG, PNG) veya PDF.
scan-bad-type = Lütfen bir JPEG, PNG veya PDF dosyası seçin.
date-hint = Yıl, ya da yıl ve ay, ya da tam tarih.

kind-education = Okul veya öğrenim
kind-work = İş
kind-training = Mesleki eğitim veya kurs
kind-other = Diğer
kind-language = Dil sertifikası
kind-qualification = Diploma veya mesleki yeterlilik
kind-recognition = Yabancı diplomanın denkliği
kind-aufenthaltserlaubnis = Oturma izni (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Süresiz oturma izni (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
kind-duldung = Sınır dışı etmenin ertelenmesi (Duldung)
kind-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
kind-visa = Vize
kind-eu_citizen = AB vatandaşı
level-none = seviye yok
# unreviewed
work-none = belirtilmemiş
# unreviewed
work-permitted = Çalışma izni var
# unreviewed
work-permitted_with_approval = Yalnızca Yabancılar Dairesi'nin izniyle çalışma
# unreviewed
work-not_permitted = Çalışma izni yok

## Share.

share-title = Bir kurumla paylaş
share-what = Neyi göstermek istiyorsunuz?
share-nothing = Paylaşmak için en az bir şey seçin.
share-expiry = Ne kadar süre?
# $days: 7, 30 veya 90.
share-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
share-opens = Kaç kez açılabilir?
share-opens-unlimited = Gerektiği kadar
# $count: 1, 3 veya 10.
share-opens-count = { $count ->
    [one] Bir kez
   *[other] { $count } kez
}
share-live = Sonraki düzeltmeler ve yeni kayıtlar da gönderilsin mi?
share-live-yes = Evet, değişiklikleri gönder
share-live-no = Hayır, yalnızca şu anki hâli
share-who = Kim açabilir?
share-who-anyone = Kodu gösterdiğim herkes
share-who-office = Yalnızca bir kurum (kartını tarayın)
share-scan-card = Kurumun kartını tara
share-card-file = Kart dosyasını seç
# $name: kurumun adı; $fingerprint: anahtarı.
share-office = Kurum: { $name } ({ $fingerprint })
share-purpose = Ne için? (isteğe bağlı)
share-preview = Kontrol et
share-consent-title = Lütfen paylaşmadan önce okuyun
share-confirm = Evet, paylaş
share-qr-title = Bu kodu kuruma gösterin
share-qr-done = Bitti
share-relay-needed = Paylaşmak için internet gerekir. Çevrimiçi olduğunuzda tekrar deneyin.

## Scanning.

scan-title = Kurumun kartını kameraya tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine kart dosyasını seçin.
scan-no-code = Kurum kartı kodu bulunamadı.

## My shares.

shares-title = Paylaşımlarım
shares-none = Henüz hiçbir şey paylaşmadınız.
shares-refresh = Güncelle
status-active = Etkin
status-pending = Yükleniyor
status-revoked = Geri alındı
status-expired = Süresi doldu
status-used_up = Hakkı bitti
status-unknown = Durum bilinmiyor
# $date: tarih ve saat.
shares-until = Geçerlilik sonu: { $date }
# $count: kaç kez açıldığı.
shares-opened = { $count ->
    [0] Henüz açılmadı
    [one] Bir kez açıldı
   *[other] { $count } kez açıldı
}
# $date: tarih ve saat; $by: kimin açtığı.
shares-log-line = { $date }: { $by }
shares-by-bearer = kodu olan biri
shares-for-anyone = Kodu olan herkes için
# $name: kurumun adı.
shares-for-office = { $name } için
shares-live = Düzeltmeleri ve yeni kayıtları gönderir
shares-revoke = Geri al
shares-revoke-title = Bu paylaşım geri alınsın mı?
shares-revoke-warning = Geri almak, sonraki her açılışı durdurur. Ancak daha önce açılmış, görülmüş veya kaydedilmiş olanı geri getiremez.
shares-revoke-yes = Evet, geri al
shares-revoked = Paylaşım geri alındı.
shares-offline = Çevrimdışısınız. Liste son güncellemeden.

## Sync.

sync-title = Eşitleme
sync-intro = Cüzdanınızı telefonunuzda ve diğer cihazlarınızda aynı tutun. Aktarma sunucusu onu şifreli saklar.
sync-relay = Aktarma sunucusunun adresi
sync-now = Şimdi eşitle
sync-never = Henüz eşitlenmedi.
# $date: tarih ve saat.
sync-last = Son eşitleme: { $date }
sync-ok = Eşitlendi.
# $count: kaç değişiklik.
sync-report = { $count ->
    [0] Yeni bir şey yok.
    [one] 1 değişiklik.
   *[other] { $count } değişiklik.
}
sync-offline = Çevrimdışısınız. Mappe tekrar çevrimiçi olduğunuzda eşitleyecek.
sync-queued = İnternet bekleniyor.

## Backup.

backup-title = Yedek
backup-intro = Bir yedek dosyasını güvenli bir yere kaydedin (USB bellek, e-postanız). Şifrelidir: parolanız olmadan kimse okuyamaz.
backup-export = Yedek dosyasını kaydet
backup-restore = Yedek dosyasından geri yükle
backup-restore-warning = Geri yükleme, bu telefondaki cüzdanın yerini alır. Sonra onu yedeğin parolasıyla açın.
backup-restored = Yedek geri yüklendi. Parolasıyla açın.
backup-bad = Bu bir Mappe yedeği değil veya bozuk.
backup-storage-note = Tarayıcınız yer azaldığında kayıtlı verileri silebilir. Yedek alın veya eşitleyin.

## Errors.

error-wrong_passphrase = Parola doğru değil. Lütfen tekrar deneyin.
error-integrity = Kayıtlı veriler bozuk veya değiştirilmiş. Hiçbir şey değiştirilmedi veya üzerine yazılmadı. Bir yedeği geri yükleyin veya eşitleyin.
error-format = Bu bir Mappe dosyası değil veya daha yeni bir sürümden.
error-recovery_code = Kurtarma kodu yanlış yazılmış. Her grubu kontrol edin.
error-bad_input = Bu değer kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Bu kayıt artık yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarma sunucusuna ulaşılamıyor. İnternet bağlantısını kontrol edin.
error-relay = Aktarma sunucusu bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarma sunucusunda bu telefonun zaten sahip olduğu değişiklikler eksik. Hiçbir şey birleştirilmedi. Başka bir sunucu deneyin veya yardım isteyin.
error-revoked = Bu paylaşım geri alındı.
error-expired = Bu paylaşımın süresi doldu.
error-used_up = Bu paylaşım izin verilen kadar açıldı.
error-internal = Mappe'de bir şeyler ters gitti. Lütfen Mappe ile ilgilenen kişilere bildirin.
error-storage = Tarayıcı verileri kaydedemedi. Biraz yer açın ve tekrar deneyin.
error-camera = Kamera başlatılamadı.
error-detail = Ayrıntı: { $detail }

## Kurum onayları: bir kurum bir belgeyi onaylar (docs/spec/attestation-v1.md).

key-open = Kurumlar için anahtarım
key-title = Kurumlar için anahtarım
key-intro = Bir kurum belgelerinizden birini onaylayabilir. Bunun için anahtarınıza ihtiyacı vardır. Kuruma bu QR kodunu gösterin ya da anahtarı metin olarak verin.
key-key = Anahtarınız
key-fingerprint = Parmak izi
key-fingerprint-hint = Parmak izini kurumla sesli olarak karşılaştırın.
key-copy = Anahtarı kopyala
key-copied = Anahtar kopyalandı.
key-copy-failed = Anahtar kopyalanamadı. Bunun yerine metni seçin.
key-not-secret = Anahtar gizli değildir. Yalnızca bir kurumun sizin için onay vermesini sağlar.

attest-add = Bir kurumun onayını ekle
attest-renew = Daha yeni bir onay ekle
attest-title = Bir kurumun onayı
attest-intro = Kurum size bir metin, bir dosya ya da bir QR kodu verir. Mappe bunu kontrol eder ve bu belgeyle birlikte saklar.
attest-paste = Kurumun verdiği metni buraya yapıştırın
attest-import = Onayı ekle
attest-or = Ya da:
attest-file = Dosya seç
attest-scan = QR kodunu tara
attest-scan-title = Kurumun QR kodunu kameraya tutun
attest-no-camera = Kamera kullanılamıyor. Bunun yerine dosyayı seçin.
attest-no-code = Bu resimde QR kodu bulunamadı.
attest-empty = Önce metni yapıştırın, dosyayı seçin ya da kodu tarayın.
attest-added = Onay kontrol edildi ve eklendi.
attest-some-office = bir kurum
# $name: kurumun kendi verdiği adı (çevrilmez); $date: geçerli son gün.
attest-badge = { $name } tarafından { $date } tarihine kadar onaylandı
# $name: kurumun adı; $date: geçerli son gün.
attest-badge-expired = Onayın süresi doldu: { $name }, { $date } tarihine kadar geçerliydi
attest-facts = Kurum tarafından onaylanan:
attest-error-other_holder = Bu onay başka bir kişinin anahtarı için verilmiş. Hiçbir şey değişmedi. Kuruma kendi anahtarınızı verin (Kurumlar için anahtarım).
attest-error-wrong_paper = Bu onay başka türden bir belge için. Uygun belgeye ekleyin.
attest-error-unreadable = Bu, Mappe'nin okuyabildiği bir kurum onayı değil. Hiçbir şey değişmedi.
attest-error-integrity = Bu onay değiştirilmiş ya da bozulmuş. Hiçbir şey değişmedi. Kurumdan yeniden isteyin.
attest-error-expired = Bu onayın süresi dolmuş. Hiçbir şey değişmedi. Kurumdan yeni bir onay isteyin.
attest-error-not_yet_valid = Bu onay henüz geçerli değil. Telefonunuzdaki tarihi kontrol edin.

# $name: kurumun adı.
share-attest-title = { $name } tarafından onaylandı. Hangi bilgileri göstermek istiyorsunuz?
share-attest-hint = Yalnızca işaretlediğiniz bilgiler gönderilir. Alıcı kurumun imzasını kontrol edebilir.
share-attest-nothing = Yukarıda da en az bir şey seçin, örneğin adınızı.

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
claim-yes = evet
claim-no = hayır

## Özgeçmişim: önizleme, sonra yazdırma veya PDF olarak kaydetme.

# unreviewed
cv-open = Özgeçmişim (Lebenslauf)
# unreviewed
cv-title = Özgeçmişim (Lebenslauf)
# unreviewed
cv-intro = “Hakkımda” bölümünden, özgeçmiş kayıtlarınızdan ve sertifikalarınızdan oluşur. Oturum belgeleri asla üzerinde yer almaz.
# unreviewed
cv-lang = Özgeçmişin dili
# unreviewed
cv-lang-hint = Almanya’daki işverenler Almanca bir özgeçmiş bekler.
# unreviewed
cv-photo = Fotoğraf (isteğe bağlı)
# unreviewed
cv-photo-pick = Fotoğraf seç
# unreviewed
cv-photo-none = Fotoğrafsız
# unreviewed
cv-photo-hint = En fazla 5 MB’lık bir JPEG veya PNG resmi. Telefonunuzda kalır.
# unreviewed
cv-photo-bad = Bu resim kullanılamıyor. Lütfen en fazla 5 MB’lık bir JPEG veya PNG fotoğrafı seçin.
# unreviewed
cv-place = Şehir (isteğe bağlı)
# unreviewed
cv-place-hint = Son satır için, örneğin “Berlin, den 02.12.2026”.
# unreviewed
cv-preview = Özgeçmişinizin önizlemesi
# unreviewed
cv-print = Yazdır veya PDF olarak kaydet
# unreviewed
cv-print-hint = Dosya olarak almak için yazdırma penceresinde “PDF olarak kaydet”i seçin.
