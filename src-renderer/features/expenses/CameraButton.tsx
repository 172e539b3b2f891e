import { useEffect, useId, useState } from 'react';
import type { ReceiptFile } from '../../data/expenses/line-commands';

/** Whether the device has a camera (a tablet at the venue); false until known. */
function useHasCamera(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    let live = true;
    navigator.mediaDevices
      ?.enumerateDevices()
      .then((devices) => live && setHas(devices.some((d) => d.kind === 'videoinput')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return has;
}

/** "Take a photo": the camera's own capture screen, offered only where there is a camera. */
export function CameraButton({
  label,
  onPhoto,
}: {
  label: string;
  onPhoto: (file: ReceiptFile) => void;
}) {
  const id = useId();
  const hasCamera = useHasCamera();
  if (!hasCamera) return null;
  return (
    <span className="camera-button">
      <input
        id={id}
        type="file"
        accept="image/*"
        capture="environment"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          void file
            .arrayBuffer()
            .then((buffer) => onPhoto({ fileName: file.name, bytes: new Uint8Array(buffer) }));
        }}
      />
      <label htmlFor={id} className="button button--secondary button--small">
        Take a photo<span className="visually-hidden">: {label}</span>
      </label>
    </span>
  );
}
