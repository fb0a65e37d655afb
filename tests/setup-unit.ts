import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadAllNamespacesAtStart } from '../src/app/i18n/i18n';

// Component tests render one screen at a time, without the app's lazy-screen Suspense boundary.
loadAllNamespacesAtStart();

afterEach(() => {
  cleanup();
});
