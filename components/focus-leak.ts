// The leak a card's "Details" asked the popup to open (from `?leak=`): its context is expanded and
// scrolled into view. A context, so the components between the popup and the leak stay unchanged.
import { createContext } from 'preact';

export const FocusLeak = createContext<string | null>(null);
