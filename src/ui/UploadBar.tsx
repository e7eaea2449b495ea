import { useRef, useState, type DragEvent } from 'react';
import { t } from '../i18n/messages';
import { useAppStore } from '../store/store';
import { sampleFiles, useCancelUpload, useLoadFiles } from '../queries/useLoadFiles';
import { useEngine } from '../queries/engineContext';
import { MappingDialog } from './upload/MappingDialog';
import { rememberChoice } from './upload/rememberedMappings';
import { useFileInspections, type PendingFile } from './upload/useFileInspections';
import './upload/upload.css';

/** `?debug-crash` in the address offers a button that makes the worker fail (the browser test of the restart). */
const DEBUG_CRASH = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('debug-crash');

function UploadProgress() {
  const upload = useAppStore((s) => s.upload);
  const cancel = useCancelUpload();
  if (!upload) return null;
  const text = t(upload.step === 'inspecting' ? 'upload.inspecting' : 'upload.loading', { file: upload.fileName });
  return (
    <div className="upload__progress" role="status">
      <span>{text}</span>
      <progress max={1} value={upload.step === 'inspecting' ? undefined : upload.progress} aria-label={text} />
      <button type="button" className="button button--secondary" onClick={cancel}>
        {t('upload.cancel')}
      </button>
    </div>
  );
}

/** Neutral news (a cancelled upload, an engine restart): announced politely, dismissed by the user. */
function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  return (
    <div className="upload__notices" role="status" aria-label={t('notice.title')}>
      {notices.length > 0 && (
        <>
          <ul>
            {notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={dismiss}>
            {t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}

/** File picker, drop zone and the sample-data button; chosen files go through the mapping screen. */
export function UploadBar() {
  const load = useLoadFiles();
  const engine = useEngine();
  const inspections = useFileInspections();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (files: readonly File[]) => {
    if (files.length > 0) void inspections.choose(files);
  };

  const loadPending = (items: readonly PendingFile[]) => {
    for (const item of items) if (item.inspection.hasHeader) rememberChoice(item.inspection.header, item.choice);
    inspections.remove(items.map((item) => item.id));
    void load(items.map((item) => ({ name: item.file.name, persist: true, choice: item.choice, blob: item.file, bytes: async () => new Uint8Array(await item.file.arrayBuffer()) })));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose([...event.dataTransfer.files]);
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
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          choose(files);
        }}
      />
      <button type="button" className="button button--secondary" onClick={() => void load(sampleFiles())}>
        {t('upload.sample')}
      </button>
      {DEBUG_CRASH && engine.crash && (
        <button type="button" className="button button--secondary" onClick={() => void engine.crash?.()}>
          {t('upload.debugCrash')}
        </button>
      )}
      <span className="upload__hint">{t('upload.hint')}</span>
      <UploadProgress />
      <Notices />
      <MappingDialog
        pending={inspections.pending}
        onChange={(item, choice, inspectAgain) => void inspections.change(item, choice, inspectAgain)}
        onLoad={loadPending}
        onDismiss={() => inspections.remove(inspections.pending.map((item) => item.id))}
      />
    </section>
  );
}
