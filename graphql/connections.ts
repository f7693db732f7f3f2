import { Comment, Event, Inscription, Location, Organisation, Session, Template, Training, User } from '../entities';
import { Connection } from './connection';

export const TrainingConnection = Connection(Training, 'Training');
export const SessionConnection = Connection(Session, 'Session');
export const EventConnection = Connection(Event, 'Event');
export const InscriptionConnection = Connection(Inscription, 'Inscription');
export const UserConnection = Connection(User, 'User');
export const CommentConnection = Connection(Comment, 'Comment');
export const LocationConnection = Connection(Location, 'Location');
export const TemplateConnection = Connection(Template, 'Template');
export const OrganisationConnection = Connection(Organisation, 'Organisation');
