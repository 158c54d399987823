import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './style.css';

// Notes are the reader's own: ask the browser not to evict them (unlimitedStorage covers Chrome).
void navigator.storage?.persist?.().catch(() => false);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App search={window.location.search} />
    </StrictMode>,
  );
}
