import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';

interface Message {
  text: string;
  tone: 'success' | 'error';
}

const AnnounceContext = createContext<(text: string, tone?: Message['tone']) => void>(() => {});

/** One polite live region for the whole app: "Taskforce saved", "Could not save…". */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const announce = useCallback((text: string, tone: Message['tone'] = 'success') => {
    setMessage({ text, tone });
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message && (
          <div className={`notice notice--${message.tone} toast`}>
            <span>{message.text}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setMessage(null)}
            >
              Dismiss
            </button>
          </div>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}
