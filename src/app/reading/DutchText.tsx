import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { DutchMarked } from './DutchMarked';
import { ReadAloud } from './ReadAloud';

interface Props {
  /** A text that stays Dutch: from the case system, the consulent or the begeleider. */
  text: string;
  as?: ElementType;
  className?: string;
}

/** A Dutch free text, marked as Dutch (DutchMarked), with a read-aloud button in Dutch beside it. */
export function DutchText({ text, as, className }: Props) {
  const { i18n } = useTranslation();
  return (
    <DutchMarked text={text} {...(as ? { as } : {})} {...(className ? { className } : {})}>
      {i18n.language !== 'nl' && <ReadAloud texts={[text]} language="nl" quiet />}
    </DutchMarked>
  );
}
