/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.SiteHeaderViewerDocument,
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n          }\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.ManageViewerDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": typeof types.EditSessionFormDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": typeof types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": typeof types.NewSessionViewerDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.TrainingsTableDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {\n    sessionDraft(trainingId: $trainingId, startDate: $startDate) {\n      endDate\n    }\n  }\n": typeof types.SessionDraftEndDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PickSessionTrainingDocument,
    "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n": typeof types.TrainingDeletionImpactDocument,
    "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteTrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateTrainingDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": typeof types.ViewerPreferencesDocument,
};
const documents: Documents = {
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.SiteHeaderViewerDocument,
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n          }\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.ManageViewerDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": types.EditSessionFormDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": types.NewSessionViewerDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.TrainingsTableDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {\n    sessionDraft(trainingId: $trainingId, startDate: $startDate) {\n      endDate\n    }\n  }\n": types.SessionDraftEndDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PickSessionTrainingDocument,
    "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n": types.TrainingDeletionImpactDocument,
    "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n": types.DeleteTrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateTrainingDocument,
    "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateTrainingDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": types.ViewerPreferencesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').SiteHeaderViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n          }\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ManageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditSessionFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n"): typeof import('./graphql').NewSessionTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n"): typeof import('./graphql').NewSessionDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n"): typeof import('./graphql').NewSessionViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n"): typeof import('./graphql').EditTrainingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NewTrainingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').UpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {\n    sessionDraft(trainingId: $trainingId, startDate: $startDate) {\n      endDate\n    }\n  }\n"): typeof import('./graphql').SessionDraftEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickSessionTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingDeletionImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').UpdateTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerPreferencesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
