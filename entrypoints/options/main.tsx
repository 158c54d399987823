import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../popup/style.css';
import { DataPage } from './DataPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DataPage />
    </StrictMode>,
  );
}
