import { Injectable } from '@nestjs/common';
import { NotificationRenderer } from './notification';

/** The renderers the libraries of this process registered, by notification kind. */
@Injectable()
export class NotificationRenderers {
  private readonly byKind = new Map<string, NotificationRenderer>();

  register(kinds: readonly string[], renderer: NotificationRenderer): void {
    for (const kind of kinds) {
      if (this.byKind.has(kind)) throw new Error(`Notification kind ${kind} has two renderers`);
      this.byKind.set(kind, renderer);
    }
  }

  /** Throws when no library of this process sends `kind`: the outbox retries, so another process may deliver it. */
  rendererFor(kind: string): NotificationRenderer {
    const renderer = this.byKind.get(kind);
    if (!renderer) throw new Error(`No renderer for notification kind ${kind} in this process`);
    return renderer;
  }
}
