import { useId, type ReactNode } from 'react';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';
import { Lines } from './Lines';

interface Props {
  picture: PictogramName;
  title: string;
  titleNl?: string | null | undefined;
  text: string;
  textNl?: string | null | undefined;
  /** A small label above the title, e.g. "In Zevenaar" for a block only this municipality has. */
  tag?: string;
  /** The block's id on its page (`/info/geld#bank`), where a search result leads. */
  anchor?: string;
  children?: ReactNode;
}

/** One idea of a page: pictogram, short title, a few short lines. */
export function InfoBlock({ picture, title, titleNl, text, textNl, tag, anchor, children }: Props) {
  const id = useId();
  return (
    <article className="card info-block" aria-labelledby={id} id={anchor} tabIndex={anchor ? -1 : undefined}>
      <div className="info-block__head">
        <Pictogram name={picture} size={48} />
        <div>
          {tag && <span className="utrecht-badge-status utrecht-badge-status--neutral">{tag}</span>}
          <Bilingual as="h2" id={id} dutch={titleNl}>
            {title}
          </Bilingual>
        </div>
      </div>
      <Lines text={text} dutch={textNl} />
      {children}
    </article>
  );
}
