/**
 * Messages to the background, typed by the one map in lib/messages.ts: `send()` for every sender in Pacer's pages,
 * and `listen()` for the background's one listener, which parses each message, checks its sender against what the
 * browser reports, and hands it to the one handler for its type.
 */
import { type Browser, browser } from 'wxt/browser';
import { type Message, type MessageType, parseMessage, type Reply, senderAllowed } from '@/lib/messages';

/** The service worker may be stopped: sending wakes it. Rejects when nobody answers (an extension reload). */
export function send<T extends MessageType>(message: Message<T>): Promise<Reply<T>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<T>>;
}

export type Handler<T extends MessageType> = (message: Message<T>, sender: Browser.runtime.MessageSender) => Promise<Reply<T>>;
/** One handler per message type: a type without a handler does not compile. */
export type Handlers = { [T in MessageType]: Handler<T> };

export function listen(handlers: Handlers): void {
  // Not async: a returned promise is the reply, and a message refused returns nothing at once.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message || !senderAllowed(message.type, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return dispatch(handlers, message, sender);
  });
}

function dispatch<T extends MessageType>(
  handlers: Handlers,
  message: Message<T>,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<T>> {
  // The message's own type picks its handler; TypeScript cannot correlate the two through the union.
  return (handlers[message.type as T] as Handler<T>)(message, sender);
}
