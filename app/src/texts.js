// The wallet app's texts: Fluent files from crates/wallet-core/locales/app/.
import de from '../../crates/wallet-core/locales/app/de.ftl';
import en from '../../crates/wallet-core/locales/app/en.ftl';
import ar from '../../crates/wallet-core/locales/app/ar.ftl';
import uk from '../../crates/wallet-core/locales/app/uk.ftl';
import fa from '../../crates/wallet-core/locales/app/fa.ftl';
import tr from '../../crates/wallet-core/locales/app/tr.ftl';
import { useTexts } from './i18n.js';

useTexts({ de, en, ar, uk, fa, tr });
