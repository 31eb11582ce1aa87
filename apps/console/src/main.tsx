import '@mantine/core/styles.css';
// Only the Arabic subset: its @font-face carries Arabic's unicode-range, so Latin text keeps the system font and the
// browser downloads the font only when Arabic is on the page.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Console } from './Console';
import { directionOf } from './i18n/messages';
import { preloadFirstScreen } from './layout/Shell';
import { storedPreferences, storedSession } from './session';

// The page's direction and language before the first paint, so an Arabic reader never sees it flip.
const { language } = storedPreferences();
document.documentElement.lang = language;
document.documentElement.dir = directionOf(language);

const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <Console />
    </StrictMode>,
  );
// A signed-in reader's first screen is loaded before the first render (see `screen` in Shell); should its chunk fail
// to load, rendering goes ahead and the screen's own loading shows the failure.
const session = storedSession();
if (session) void preloadFirstScreen(session).then(render, render);
else render();
