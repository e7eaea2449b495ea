import { useRef, useState, type DragEvent } from 'react';
import { t } from '../i18n/messages';
import { useAppStore } from '../store/store';
import { sampleFiles, useLoadFiles, type FileToLoad } from '../queries/useLoadFiles';

function fromBrowserFile(file: File): FileToLoad {
  return { name: file.name, persist: true, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** File picker, drop zone and the sample-data button; shows the progress of a file being read. */
export function UploadBar() {
  const load = useLoadFiles();
  const upload = useAppStore((s) => s.upload);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load([...event.dataTransfer.files].map(fromBrowserFile));
  };

  return (
    <section
      className={`upload${dragging ? ' upload--dragging' : ''}`}
      aria-label={t('upload.region')}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="button" htmlFor="file-input">
        {t('upload.label')}
      </label>
      <input
        id="file-input"
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.xlsx,.gz,text/csv"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])].map(fromBrowserFile);
          e.target.value = '';
          void load(files);
        }}
      />
      <button type="button" className="button button--secondary" onClick={() => void load(sampleFiles())}>
        {t('upload.sample')}
      </button>
      <span className="upload__hint">{t('upload.hint')}</span>
      {upload && (
        <div className="upload__progress" role="status">
          <span>{t('upload.loading', { file: upload.fileName })}</span>
          <progress max={1} value={upload.progress} aria-label={t('upload.loading', { file: upload.fileName })} />
        </div>
      )}
    </section>
  );
}
