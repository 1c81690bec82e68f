import { useEffect, useState } from 'react';
import { exerciseById } from '../../../shared/exercises';
import { call } from '../api';
import { useT } from '../i18n';

/** "Reflection on <exercise>", for a journal entry written at the end of a session. */
export function ReflectionLabel({ sessionId }: { sessionId: string }) {
  const { t } = useT('exercises');
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void call('sessions.get', { id: sessionId }).then((result) => {
      if (current && result.ok) setTitle(exerciseById(result.value.exerciseId)?.title ?? null);
    });
    return () => {
      current = false;
    };
  }, [sessionId]);
  return <p className="entry-reflection">{title ? t('reflectionOn', { title }) : t('reflection')}</p>;
}
