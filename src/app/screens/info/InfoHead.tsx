import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';

interface Props {
  picture: PictogramName;
  title: string;
  summary: string;
  /** The Dutch title and summary, shown beside them when the reader asked for Dutch too. */
  titleNl?: string;
  summaryNl?: string;
  size?: number;
}

/** The head of an informatiemap page: its picture, its title and one line on what it is about. */
export function InfoHead({ picture, title, summary, titleNl, summaryNl, size = 64 }: Props) {
  return (
    <header className="screen-head">
      <Pictogram name={picture} size={size} />
      <div>
        <Bilingual as="h1" dutch={titleNl}>
          {title}
        </Bilingual>
        <Bilingual dutch={summaryNl}>{summary}</Bilingual>
      </div>
    </header>
  );
}
