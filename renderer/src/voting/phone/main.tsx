import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chosenLanguage, initPhoneI18n } from './i18n';
import { PhonePage } from './PhonePage';
import './phone.css';

void initPhoneI18n(chosenLanguage()).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PhonePage />
    </StrictMode>,
  );
});
