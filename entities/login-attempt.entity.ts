import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instant, shortText } from './columns';

/**
 * A failed sign-in, counted per e-mail and per address to throttle guessing. Kept in the database so the
 * limit holds across processes.
 */
@Entity('login_attempt')
@Index('IDX_login_attempt_key_at', ['throttleKey', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  /** "email:<address>" or "ip:<address>". */
  @Column(shortText(300))
  throttleKey: string;

  @Column(instant())
  attemptedAt: Date;
}
