import type { InscriptionMode } from '../../graphql-client/graphql';

// Plain values shared by the server pages and the client form (a 'use client' module's exports other than
// components reach server components as references, not values).

export interface TrainingFormValues {
  code: string;
  title: string;
  description: string;
  objectives: string;
  prerequisites: string;
  durationHours: number | string;
  audience: string;
  accessibility: string;
  organisationIds: string[];
  defaultSessionDays: number | string;
  maxUsers: number | string;
  publicRegistration: boolean;
  publicUnregistration: boolean;
  registrationValidation: boolean;
  eventInscriptionMode: InscriptionMode;
}

export const EMPTY_TRAINING: TrainingFormValues = {
  code: '',
  title: '',
  description: '',
  objectives: '',
  prerequisites: '',
  durationHours: '',
  audience: '',
  accessibility: '',
  organisationIds: [],
  defaultSessionDays: 1,
  maxUsers: '',
  publicRegistration: false,
  publicUnregistration: false,
  registrationValidation: false,
  eventInscriptionMode: 'MANUAL',
};

