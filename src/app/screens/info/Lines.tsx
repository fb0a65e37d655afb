import { Bilingual } from '../../reading/Bilingual';
import { splitLines } from './useInfoTexts';

interface Props {
  text: string;
  /** The same text in Dutch, when the reader asked to see it. */
  dutch?: string | null | undefined;
}

/**
 * A text as short lines, one idea each. With Dutch shown, each line gets its Dutch line under it;
 * if a translation has a different number of lines, the Dutch comes as a whole after them.
 */
export function Lines({ text, dutch }: Props) {
  const lines = splitLines(text);
  const dutchLines = dutch ? splitLines(dutch) : null;
  const paired = dutchLines?.length === lines.length;
  return (
    <div className="info-lines">
      {lines.map((line, i) => (
        <Bilingual key={i} dutch={paired ? dutchLines?.[i] : undefined}>
          {line}
        </Bilingual>
      ))}
      {dutch && !paired && (
        <p className="utrecht-paragraph dutch" lang="nl" dir="ltr">
          {dutch}
        </p>
      )}
    </div>
  );
}
