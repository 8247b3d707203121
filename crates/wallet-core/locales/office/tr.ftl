### Mappe office desk (/office/): Turkish (Türkçe).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = Mappe kurum masası
language-self = Türkçe
language = Dil
back = Geri
cancel = İptal
close = Kapat
print = Yazdır
lock = Oturumu bitir
working = Bir dakika …

start-intro = İnsanların Mappe uygulamalarından kurumunuzla paylaştığı belgeleri açın. Şifre çözme yalnızca bu tarayıcıda yapılır.
start-create-title = Kurum anahtarını oluştur
start-create-intro = Bütün kurum için tek bir anahtar (örneğin bir ekip). İnsanlar sizinle paylaşmak için onun kartını tarar.
office-name = Kurumun adı
office-name-hint = İnsanların bildiği şekliyle, örneğin "Jobcenter Musterstadt, Team 3".
office-kind = Kurum türü
passphrase = Parola ifadesi
passphrase-again = Parola ifadesi tekrar
passphrase-hint = En az 8 karakter. Bu masada paylaşımları açan herkesin buna ihtiyacı var.
passphrase-mismatch = İki parola ifadesi aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
name-missing = Lütfen kurumun adını girin.
create = Kurum anahtarını oluştur
start-import-title = Mevcut bir kurum anahtarını kullan
start-import-intro = Bu kurumun başka bir bilgisayarından (bir dışa aktarma dosyası) ya da komut satırıyla oluşturulmuş (klasöründeki keystore.mappe ve agency.json dosyaları).
import-files = Dosyaları seç
import-done = Kurum anahtarı bu tarayıcıya kaydedildi. Parola ifadesiyle açın.
start-unlock-title = Masayı aç
unlock-office = Kurum: { $name }
unlock = Aç
start-other-key = Bu tarayıcıda başka bir kurum anahtarı kullan
start-other-key-warning = Bu, kurum anahtarını bu tarayıcıdan siler. Başka bir yerde kayıtlı değilse önce dışa aktarın.
start-other-key-yes = Evet, bu tarayıcıdan sil
locked-idle = Oturum 15 dakika kullanılmadığı için sona erdi.

recovery-title = Kurum anahtarının kurtarma kodu
recovery-intro = Bu kodu kâğıda yazın ve kilitli bir yerde saklayın. Tüm kopyalar kaybolursa anahtar onunla yeniden oluşturulabilir.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan, kurumunuzla paylaşılan her şeyi açabilir.
recovery-written = Yazdım

kind-jobcenter = İş merkezi (Jobcenter)
kind-auslaenderbehoerde = Yabancılar dairesi (Ausländerbehörde)
kind-sozialamt = Sosyal yardım dairesi (Sozialamt)
kind-agentur_fuer_arbeit = İş ajansı (Agentur für Arbeit)
kind-bamf = Federal Göç ve Mülteciler Dairesi (BAMF)
kind-beratungsstelle = Danışma merkezi
kind-sprachschule = Dil okulu
kind-other = Diğer

desk-title = Masa
desk-card-title = Kurumunuzun kartı
desk-card-intro = İnsanlar belgelerini yalnızca kurumunuzla paylaşmak için bu kodu Mappe ile tarar.
desk-fingerprint = Anahtar
desk-poster = Danışma için afiş (A4)
desk-export = Kurum anahtarını dışa aktar
desk-export-intro = Aynı kurumun ikinci bir bilgisayarı için. Dosya parola ifadesiyle kilitli kalır.
desk-export-done = Dışa aktarma dosyası kaydedildi. Diğer bilgisayarda içe aktarın ve aynı parola ifadesiyle açın.
desk-open-title = Paylaşım aç
desk-open-intro = Kişinin gösterdiği kodu tarayın ya da bağlantıyı yapıştırın.
open-scan = Kamerayla tara
open-link = Bağlantı
open-link-go = Aç
open-picture = Bir resimden
open-opening = Açılıyor ve kontrol ediliyor …
scan-title = Kodu kameranın önünde tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine bağlantıyı yapıştırın veya bir resim seçin.
scan-no-code = Bu resimde kod bulunamadı.
open-other-relay = Bu paylaşım başka bir aktarıcıda ({ $host }). Onu o aktarıcının masasında açın.
not-a-link = Bu bir Mappe paylaşım bağlantısı değil.

poster-title = Belgelerinizi bizimle paylaşın
poster-text = Telefonunuzda Mappe'yi açın, "Paylaş"ı, ardından "Yalnızca bir kurum"u seçin ve bu kodu tarayın.
poster-check = Uygulamanın bu kurumu ve bu anahtarı gösterdiğini kontrol edin:

share-stated = Kişinin beyanı, paylaşıldığından beri değişmedi
share-stated-text = Bu anahtara sahip Mappe tarafından imzalandı ve paylaşıldığından beri değişmedi:
share-stated-note = Bu, kimin paylaştığını ve hiçbir şeyin değiştirilmediğini gösterir; bilgilerin doğru olduğunu göstermez.
share-from-sitting = Bu oturumdan gösteriliyor, yeniden alınmadı.
share-fetch-again = Yeniden al (bir açma hakkı daha kullanır)
share-fetch-again-confirm = Yeniden almak, paylaşımın açma haklarından birini daha kullanır. Yeniden alınsın mı?
share-fetch-again-yes = Evet, yeniden al
share-shared-with = Paylaşıldığı yer
share-anyone = Kodu veya bağlantıyı olan herkes
share-office = { $name }
share-purpose = Amaç
share-valid-until = Geçerlilik sonu
share-opens = Açılma
share-opens-of = { $opens } / { $max }
share-opens-unlimited = { $opens } (sınırsız)
share-revision = Sürüm
share-live = Güncel tutulur: sonraki düzeltmeler bir sonraki açılışta gelir.
share-revised = Son düzeltme
share-changed-title = Son açışınızdan beri değişenler
share-changed-intro = { $revision }. sürümden beri:
share-changed-none = Son açışınızdan beri hiçbir şey değişmedi.
share-changed-added = (yeni)
share-changed-removed = (kaldırıldı)
share-fields = Paylaşılan belgeler, kişinin beyan ettiği gibi
share-scans = Taramalar
share-scan-size = { $size }
share-scan-open = Aç
share-scan-download = İndir
share-consent-title = Kişiye gösterilen ve onun onayladığı metin
share-consent-lang = Dil: { $lang }
share-record = Dosya için tutanağı yazdır
share-close = Bu paylaşımı kapat
share-id = Paylaşım no.
share-created = Paylaşım tarihi

attest-title = Kurumların onayları
attest-intro = Bu bilgileri bir kurum kendisi imzaladı. Her biri ayrı ayrı kontrol edilir.
attest-confirmed = { $name } tarafından { $date } tarihinde onaylandı
attest-untrusted = Güven listenizde olmayan bir kurum tarafından imzalandı
attest-status-unknown = Kurumun onu geri çekip çekmediği kontrol edilemedi
attest-withdrawn = Kurum tarafından geri çekildi
attest-expired = Onayın süresi { $date } tarihinde doldu
attest-not-yet-valid = Onay ileri bir tarihle düzenlenmiş ({ $date })
attest-invalid = Geçersiz — gösterilmiyor: { $reason }
attest-reason-malformed = hasarlı ya da bir kurum onayı değil
attest-reason-algorithm = imza yöntemi kabul edilmiyor
attest-reason-bad_signature = kurumun imzası uyuşmuyor, değiştirilmiş
attest-reason-bad_disclosure = içindeki bir bilgi kurum tarafından imzalanmamış
attest-reason-bad_key_binding = bu paylaşıma bağlı değil
attest-reason-other_holder = başka bir kişi için düzenlenmiş
attest-reason-unknown_type = bilinmeyen bir belge türü
attest-reason-bad_claim = içindeki bir bilgi doğru biçimde değil
attest-reason-too_large = çok büyük
attest-reason-other = bir kontrolden geçemedi ({ $detail })
attest-trust-problem = Kurumların güven listesi kullanılamadı. Hiçbir kurum listede sayılmıyor.
attest-kind = Belge
attest-kind-residence = Oturum belgesi
attest-kind-certificate = Sertifika
attest-kind-recognition = Yabancı bir yeterliliğin tanınması
attest-about = İlgili kayıt
attest-facts-confirmed = Onaylanan bilgiler
attest-facts = Kurumun imzaladığı bilgiler (onaylanmamış)
attest-facts-none = Gösterilen bilgi yok.
attest-office = Kurum
attest-office-unlisted = Güven listenizde değil
attest-office-key = Kurumun anahtarı
attest-issued = Düzenlenme tarihi
attest-expires = Onayın geçerlilik sonu
attest-status-as-of = Geri çekme listesi kontrol edildi
attest-yes = evet
attest-no = hayır

claim-kind = Tür
claim-number = Belge numarası
claim-valid_from = Geçerlilik başlangıcı
claim-valid_until = Geçerlilik sonu
claim-legal_basis = Yasal dayanak
claim-work_permitted = Çalışma izni
claim-level = Seviye
claim-issuer = Düzenleyen
claim-date = Tarih
claim-degree = Derece
claim-decision = Karar

record-title = Doğrulanmış bir Mappe paylaşımının tutanağı
record-retrieved = Alınma zamanı: { $date }
record-by = Alan: { $name } (anahtar { $fingerprint })
record-from = Verilerin geldiği Mappe'nin anahtarı

section-profile = Kişisel bilgiler
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = Oturum belgeleri
section-other = Diğer bilgiler
empty = —

field-given_names = Adlar
field-family_name = Soyadı
field-aliases = Diğer yazılışlar
field-birth_date = Doğum tarihi
field-birth_place = Doğum yeri
field-nationality = Uyruk
field-languages = Diller
field-contact = İletişim
field-phone = Telefon
field-email = E-posta
field-address = Adres
field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs sağlayıcı
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye (CEFR)
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
field-language = Dil
field-level = Seviye
# unreviewed
field-legal_basis = Yasal dayanak
# unreviewed
field-work = Çalışma
# unreviewed
field-conditions = Koşullar (Auflagen)
# unreviewed
work-permitted = Çalışma izni var
# unreviewed
work-permitted_with_approval = Yalnızca Yabancılar Dairesi'nin izniyle çalışma
# unreviewed
work-not_permitted = Çalışma izni yok

item-education = Okul veya öğrenim
item-work = İş
item-training = Eğitim veya kurs
item-other = Diğer
item-language = Dil sertifikası
item-qualification = Yeterlilik
item-recognition = Yabancı diplomanın denkliği
item-aufenthaltserlaubnis = Oturum izni (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Süresiz oturum izni (Niederlassungserlaubnis)
item-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
item-duldung = Hoşgörü statüsü (Duldung)
item-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
item-visa = Vize
item-eu_citizen = AB vatandaşı

lang-de = Almanca
lang-en = İngilizce
lang-ar = Arapça
lang-uk = Ukraynaca
lang-fa = Farsça
lang-tr = Türkçe

error-wrong_passphrase = Parola ifadesi doğru değil. Lütfen tekrar deneyin.
error-integrity = Kontrol başarısız: veriler değiştirilmiş ya da bozulmuş veya imza uyuşmuyor. Hiçbir şey gösterilmiyor.
error-format = Bu bir Mappe dosyası veya paylaşımı değil ya da Mappe'nin daha yeni bir sürümünden.
error-bad_input = Bu kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Aktarıcıda böyle bir paylaşım yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarıcıya ulaşılamıyor. Ağ bağlantısını kontrol edin.
error-relay = Aktarıcı bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarıcıda veri eksik. Hiçbir şey gösterilmiyor.
error-revoked = Kişi bu paylaşımı geri aldı. Artık açılamaz.
error-expired = Bu paylaşımın süresi doldu. Kişiden yeni bir paylaşım isteyin.
error-used_up = Bu paylaşım izin verilen sayıda açıldı. Kişiden yeni bir paylaşım isteyin.
error-not_for_this_office = Bu paylaşım başka bir kuruma yönelik. Burada açılamaz.
error-older_revision = Uyarı: aktarıcı bu paylaşımın, bu kurumun daha önce gördüğünden daha eski bir sürümünü verdi. Hiçbir şey gösterilmiyor. Kişiye ve BT biriminize bildirin.
error-recovery_code = Kurtarma kodu yanlış yazılmış.
error-internal = Mappe'nin içinde bir hata oluştu. Lütfen BT biriminize bildirin.
error-storage = Tarayıcı verileri kaydedemedi.
error-detail = Ayrıntı: { $detail }

## Bir belgeyi onaylamak: kurum, kişinin bir belgesine ilişkin bilgileri imzalar ve onayı geri alabilir.

desk-issue-intro = Kişinin bir belgesinde kontrol ettiğiniz bilgileri onaylayın, örneğin oturum izni. Bu kurumun onayladıklarını burada görür ve geri alabilirsiniz.
desk-issue = Bir belgeyi onayla
issue-title = Bir belgeyi onayla
issue-intro = Kontrol ettiğiniz bilgileri imzalarsınız. Kişi onayı Mappe'sinde saklar ve başka kurumlara gösterebilir; onlar kurumunuzun onayladığını görür.
issue-holder = Kişinin anahtarı
issue-holder-hint = Kişinin Mappe'si bunu "Kurumlar için anahtarım" altında gösterir: 0–9 ve a–f arasında 64 karakter. Boşluklar önemli değil.
issue-facts = Onayladığınız bilgiler
issue-facts-hint = Yalnızca kontrol ettiklerinizi doldurun. Boş alanlar dışarıda bırakılır.
issue-choose = Lütfen seçin
issue-expires = Onayın geçerlilik sonu
issue-expires-hint = Bu günden sonra diğer kurumlar onayı süresi dolmuş olarak görür.
issue-submit = Onayı imzala
issue-holder-bad = Kişinin anahtarı 0–9 ve a–f arasında 64 karakter olmalıdır. Lütfen yapıştırılanı kontrol edin.
# $name: boş alanın adı.
issue-missing = Lütfen doldurun: { $name }
issue-expires-bad = Onay bugünden sonraki bir güne kadar geçerli olmalıdır.
issue-done-title = Onay imzalandı
# $n: onayın bu kurumdaki numarası.
issue-number = Onay no. { $n }
issue-done = Kişiye verin: bu kodu Mappe ile tarar ya da dosyayı ona verirsiniz.
issue-qr-alt = Onayın kodu
issue-qr-too-long = Bu onay bir kod için fazla uzun. Kişiye dosyayı ya da metni verin.
issue-download = Dosyayı indir
issue-text = Kopyalamak için metin olarak onay
# $detail: aktarıcının gerekçesi.
issue-publish-failed = Aktarıcı bu kurumun geri alma listesini kabul etmedi. Liste bu tarayıcıda saklanır ve bir sonraki onay ya da geri almayla yeniden gönderilir. ({ $detail })
issue-list-title = Verilen onaylar
issue-list-note = Bu tarayıcıda saklandığı haliyle. Belgeleri kurumun yalnızca bir bilgisayarından onaylayın.
issue-list-empty = Henüz onay verilmedi.
issue-holder-short = Kişinin anahtarı
issue-state = Durum
issue-state-valid = Geçerli
# $date: geri alındığı gün.
issue-state-withdrawn = { $date } tarihinde geri alındı
issue-state-expired = Süresi doldu
issue-withdraw = Geri al
# $n: onayın numarası.
issue-withdraw-confirm = Onay no. { $n } geri alınsın mı? Diğer kurumlar onu geri alınmış olarak görür. Bu geri döndürülemez.
issue-withdraw-yes = Evet, geri al
# $n: onayın numarası.
issue-withdrawn = Onay no. { $n } geri alındı.
