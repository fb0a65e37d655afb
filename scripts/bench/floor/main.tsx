/// <reference types="vite-plugin-pwa/client" />
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';

// The floor: the least an app on our stack (React 19, Dexie 4, a Workbox service worker, Vite)
// can cost a phone. One screen that reads one row from IndexedDB. `npm run bench` measures it
// beside the real app in the same run, so the app's figures have a yardstick.

interface Note {
  id: string;
  text: string;
}

const db = new Dexie('floor') as Dexie & { notes: EntityTable<Note, 'id'> };
db.version(1).stores({ notes: 'id' });

function Screen() {
  const note = useLiveQuery(() => db.notes.get('welcome'));
  return (
    <main>
      <h1>Welkom</h1>
      <p>{note?.text ?? 'Deze app werkt ook zonder internet.'}</p>
      <button type="button" onClick={() => void db.notes.put({ id: 'welcome', text: `Opgeslagen om ${new Date().toLocaleTimeString('nl-NL')}` })}>
        Opslaan
      </button>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Screen />
  </StrictMode>,
);
registerSW({ immediate: true });
