import { useTranslation } from 'react-i18next';
import type { COURSE_STATUSES } from '../../../domain/enums';
import { Pictogram } from '../../components/Pictogram';

type Course = (typeof COURSE_STATUSES)[number];

/** The "omgaan met geld" course: where they are, and whether it is compulsory here. */
export function CourseStatus({ course, compulsory }: { course: Course; compulsory: boolean }) {
  const { t } = useTranslation('geld');
  return (
    <section className="card course" aria-labelledby="course-title">
      <h2 id="course-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="budget" size={32} /> {t('course.title')}
      </h2>
      <p className="utrecht-paragraph course__status" data-course={course}>
        <Pictogram name={course === 'done' ? 'done' : course === 'in-progress' ? 'busy' : course === 'not-needed' ? 'exempt' : 'later'} size={24} />{' '}
        {t(`course.status.${course}`)}
      </p>
      {course !== 'done' && course !== 'not-needed' && (
        <p className="utrecht-paragraph">{compulsory ? t('course.compulsory') : t('course.optional')}</p>
      )}
    </section>
  );
}
