import 'i18next';
import type { SourceResources } from './i18n';

// Translation keys are typed from the Dutch source: a wrong key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: SourceResources;
  }
}
