import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

interface Message {
  text: string;
  tone: 'success' | 'error';
  shownAt: number;
}

const AnnounceContext = createContext<(text: string, tone?: Message['tone']) => void>(() => {});

/** One polite live region for the whole app: "Taskforce saved", "Could not save…". */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const announce = useCallback((text: string, tone: Message['tone'] = 'success') => {
    setMessage({ text, tone, shownAt: Date.now() });
  }, []);
  // A message belongs to the screen it was shown on; one that announces a move to another
  // screen ("Person erased", then the register opens) survives that move.
  useEffect(() => {
    const clearOld = () =>
      setMessage((current) => (current && Date.now() - current.shownAt > 1000 ? null : current));
    window.addEventListener('hashchange', clearOld);
    return () => window.removeEventListener('hashchange', clearOld);
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
