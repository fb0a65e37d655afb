import type { ElementType, ReactNode } from 'react';

interface Props {
  /** The text in the reader's language. */
  children: ReactNode;
  /** The same text in Dutch, shown under it (for the taalmaatje and for learning the words). */
  dutch?: string | null | undefined;
  as?: ElementType;
  className?: string;
  id?: string;
}

/** A translated text with, when asked for, its Dutch original right under it. */
export function Bilingual({ children, dutch, as: Tag = 'p', className, id }: Props) {
  return (
    <Tag className={className} id={id}>
      {children}
      {dutch && (
        <span className="dutch" lang="nl" dir="ltr">
          {dutch}
        </span>
      )}
    </Tag>
  );
}
