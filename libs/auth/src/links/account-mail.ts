import { AppConfig } from '@app/config';
import { MailContent, NotificationRenderer, NotificationRenderers, QueuedNotification } from '@app/notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountRepository } from '../account.repository';

/** Mail about the account itself; like all mail here, it never says anything about clients. */
export enum AccountMailKind {
  EMAIL_CONFIRMATION = 'ACCOUNT_EMAIL_CONFIRMATION',
  SIGN_UP_ATTEMPT = 'ACCOUNT_SIGN_UP_ATTEMPT',
  PASSWORD_RESET = 'ACCOUNT_PASSWORD_RESET',
}

export interface AccountMail {
  kind: AccountMailKind;
  to: string;
  name: string;
  /** The link's token, for the kinds that carry one. */
  token: string | null;
}

export interface AccountMailSettings {
  publicUrl: string;
  emailConfirmationHours: number;
  passwordResetMinutes: number;
}

const SIGN_OFF = ['', '— Affirming Care Directory'];

export function renderAccountMail(mail: AccountMail, settings: AccountMailSettings): MailContent {
  const { publicUrl } = settings;
  const link = (path: string) => `${publicUrl}${path}?token=${encodeURIComponent(mail.token ?? '')}`;
  const bodies: Record<AccountMailKind, { subject: string; lines: string[] }> = {
    [AccountMailKind.EMAIL_CONFIRMATION]: {
      subject: 'Confirm your email address',
      lines: [
        'To finish signing up for Affirming Care Directory, confirm that this address is yours:',
        link('/confirm-email'),
        '',
        `The link works once, for ${settings.emailConfirmationHours} hours.`,
        'If you did not sign up, ignore this mail: an account cannot be used until its address is confirmed.',
      ],
    },
    [AccountMailKind.SIGN_UP_ATTEMPT]: {
      subject: 'Someone tried to sign up with your address',
      lines: [
        'Someone tried to create an account on Affirming Care Directory with this address, which already has one.',
        '',
        `If it was you, log in at ${publicUrl}/login, or set a new password at ${publicUrl}/reset-password.`,
        'If it was not you, there is nothing to do: your account has not changed.',
      ],
    },
    [AccountMailKind.PASSWORD_RESET]: {
      subject: 'Reset your password',
      lines: [
        'Someone (we hope you) asked to reset the password of your Affirming Care Directory account. To choose a new one:',
        link('/reset-password'),
        '',
        `The link works once, for ${settings.passwordResetMinutes} minutes. A new password signs you out everywhere.`,
        'If you did not ask, ignore this mail: your password has not changed.',
      ],
    },
  };
  const { subject, lines } = bodies[mail.kind];
  return { to: mail.to, subject, text: [`Hello ${mail.name},`, '', ...lines, ...SIGN_OFF].join('\n') };
}

/** Renders the account kinds for whichever process delivers the outbox, to the account's current address. */
@Injectable()
export class AccountMailRenderer implements NotificationRenderer, OnModuleInit {
  constructor(
    private readonly renderers: NotificationRenderers,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.renderers.register(Object.values(AccountMailKind), this);
  }

  async render(notification: QueuedNotification, publicUrl: string): Promise<MailContent> {
    const account = await this.accounts.findById(this.dataSource.manager, notification.recipientAccountId);
    // Unreachable while the outbox references accounts, which are never deleted.
    if (!account) throw new Error('the recipient account does not exist');
    return renderAccountMail(
      {
        kind: notification.kind as AccountMailKind,
        to: account.email,
        name: account.displayName,
        token: notification.secret,
      },
      { publicUrl, ...this.config.accountLinks },
    );
  }
}
