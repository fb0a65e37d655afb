import type { ElementType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** A text that stays Dutch: from the case system, the consulent or the begeleider. */
  text: string;
  as?: ElementType;
  className?: string;
  /** More after the marker (DutchText adds read-aloud). */
  children?: ReactNode;
}

/**
 * A Dutch free text on a personal screen, marked `lang="nl"` (so a screen reader and read-aloud
 * speak it as Dutch, not as the reader's language); readers of another language see a small
 * "Nederlands" marker in their own language that says why it is not translated. Without read-aloud,
 * so it can stand on the first screen at little cost (DutchText adds it).
 */
export function DutchMarked({ text, as: Tag = 'p', className, children }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Tag className={`dutch-text ${className ?? ''}`}>
      {/* Left to right in a right-to-left page too: styles.css `.dutch-text > [lang='nl']`. */}
      <span lang="nl">{text}</span>
      {i18n.language !== 'nl' && <span className="dutch-text__marker">{t('dutchText.marker')}</span>}
      {children}
    </Tag>
  );
}
