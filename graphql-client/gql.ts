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
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.ManageViewerDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": typeof types.EditSessionFormDocument,
    "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n    }\n  }\n": typeof types.SessionPageDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": typeof types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": typeof types.NewSessionViewerDocument,
    "\n  query SessionsViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": typeof types.SessionsViewerDocument,
    "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.SessionsTableDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.TrainingsTableDocument,
    "\n  query SessionRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": typeof types.SessionRegistrationStateDocument,
    "\n  query EventRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    event(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": typeof types.EventRegistrationStateDocument,
    "\n  mutation RegisterToSession($id: ID!) {\n    registerToSession(sessionId: $id) {\n      id\n      state\n      position\n    }\n  }\n": typeof types.RegisterToSessionDocument,
    "\n  mutation UnregisterFromSession($id: ID!) {\n    unregisterFromSession(sessionId: $id) {\n      id\n    }\n  }\n": typeof types.UnregisterFromSessionDocument,
    "\n  mutation RegisterToEvent($id: ID!) {\n    registerToEvent(eventId: $id) {\n      id\n      state\n      position\n    }\n  }\n": typeof types.RegisterToEventDocument,
    "\n  mutation UnregisterFromEvent($id: ID!) {\n    unregisterFromEvent(eventId: $id) {\n      id\n    }\n  }\n": typeof types.UnregisterFromEventDocument,
    "\n  query HeaderNotifications {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: 10) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HeaderNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query SessionDeletionImpact($id: ID!) {\n    session(id: $id) {\n      deletionImpact {\n        events\n        inscriptions\n      }\n    }\n  }\n": typeof types.SessionDeletionImpactDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteSessionDocument,
    "\n  query EventComments($id: ID!) {\n    event(id: $id) {\n      id\n      viewerCan {\n        comment\n      }\n      comments(first: 100) {\n        totalCount\n        nodes {\n          id\n          content\n          createdAt\n          updatedAt\n          author {\n            id\n            firstName\n            lastName\n          }\n          viewerCan {\n            edit\n            delete\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventCommentsDocument,
    "\n  mutation AddEventComment($eventId: ID!, $content: String!) {\n    createComment(eventId: $eventId, content: $content) {\n      id\n    }\n  }\n": typeof types.AddEventCommentDocument,
    "\n  mutation UpdateEventComment($id: ID!, $content: String!) {\n    updateComment(id: $id, content: $content) {\n      id\n    }\n  }\n": typeof types.UpdateEventCommentDocument,
    "\n  mutation DeleteEventComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteEventCommentDocument,
    "\n  query SessionEvents($id: ID!, $first: Int!) {\n    session(id: $id) {\n      id\n      events(first: $first) {\n        totalCount\n        nodes {\n          id\n          name\n          startAt\n          endAt\n          timeZone\n          maxUsers\n          location {\n            id\n            name\n          }\n          registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n            totalCount\n          }\n          viewerCan {\n            comment\n          }\n        }\n      }\n    }\n  }\n": typeof types.SessionEventsDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {\n    sessionDraft(trainingId: $trainingId, startDate: $startDate) {\n      endDate\n    }\n  }\n": typeof types.SessionDraftEndDocument,
    "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.SearchPeopleDocument,
    "\n  query PersonByEmail($email: String!) {\n    userByEmail(email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.PersonByEmailDocument,
    "\n  mutation AddSessionInscription($input: AddInscriptionInput!) {\n    addInscription(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AddSessionInscriptionDocument,
    "\n  mutation RemoveSessionInscription($id: ID!) {\n    removeInscription(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveSessionInscriptionDocument,
    "\n  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {\n    validateInscription(id: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": typeof types.ValidateSessionInscriptionDocument,
    "\n  query SessionsTrainingOptions($search: String!) {\n    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.SessionsTrainingOptionsDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PickSessionTrainingDocument,
    "\n  mutation MoveInWaitingList($id: ID!, $position: Int!) {\n    moveInWaitingList(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveInWaitingListDocument,
    "\n  mutation PromoteInscription($id: ID!) {\n    promoteInscription(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.PromoteInscriptionDocument,
    "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n": typeof types.TrainingDeletionImpactDocument,
    "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteTrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateTrainingDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": typeof types.ViewerPreferencesDocument,
};
const documents: Documents = {
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.SiteHeaderViewerDocument,
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.ManageViewerDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": types.EditSessionFormDocument,
    "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n    }\n  }\n": types.SessionPageDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": types.NewSessionViewerDocument,
    "\n  query SessionsViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": types.SessionsViewerDocument,
    "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.SessionsTableDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.TrainingsTableDocument,
    "\n  query SessionRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": types.SessionRegistrationStateDocument,
    "\n  query EventRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    event(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": types.EventRegistrationStateDocument,
    "\n  mutation RegisterToSession($id: ID!) {\n    registerToSession(sessionId: $id) {\n      id\n      state\n      position\n    }\n  }\n": types.RegisterToSessionDocument,
    "\n  mutation UnregisterFromSession($id: ID!) {\n    unregisterFromSession(sessionId: $id) {\n      id\n    }\n  }\n": types.UnregisterFromSessionDocument,
    "\n  mutation RegisterToEvent($id: ID!) {\n    registerToEvent(eventId: $id) {\n      id\n      state\n      position\n    }\n  }\n": types.RegisterToEventDocument,
    "\n  mutation UnregisterFromEvent($id: ID!) {\n    unregisterFromEvent(eventId: $id) {\n      id\n    }\n  }\n": types.UnregisterFromEventDocument,
    "\n  query HeaderNotifications {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: 10) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HeaderNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query SessionDeletionImpact($id: ID!) {\n    session(id: $id) {\n      deletionImpact {\n        events\n        inscriptions\n      }\n    }\n  }\n": types.SessionDeletionImpactDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) {\n      id\n    }\n  }\n": types.DeleteSessionDocument,
    "\n  query EventComments($id: ID!) {\n    event(id: $id) {\n      id\n      viewerCan {\n        comment\n      }\n      comments(first: 100) {\n        totalCount\n        nodes {\n          id\n          content\n          createdAt\n          updatedAt\n          author {\n            id\n            firstName\n            lastName\n          }\n          viewerCan {\n            edit\n            delete\n          }\n        }\n      }\n    }\n  }\n": types.EventCommentsDocument,
    "\n  mutation AddEventComment($eventId: ID!, $content: String!) {\n    createComment(eventId: $eventId, content: $content) {\n      id\n    }\n  }\n": types.AddEventCommentDocument,
    "\n  mutation UpdateEventComment($id: ID!, $content: String!) {\n    updateComment(id: $id, content: $content) {\n      id\n    }\n  }\n": types.UpdateEventCommentDocument,
    "\n  mutation DeleteEventComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": types.DeleteEventCommentDocument,
    "\n  query SessionEvents($id: ID!, $first: Int!) {\n    session(id: $id) {\n      id\n      events(first: $first) {\n        totalCount\n        nodes {\n          id\n          name\n          startAt\n          endAt\n          timeZone\n          maxUsers\n          location {\n            id\n            name\n          }\n          registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n            totalCount\n          }\n          viewerCan {\n            comment\n          }\n        }\n      }\n    }\n  }\n": types.SessionEventsDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {\n    sessionDraft(trainingId: $trainingId, startDate: $startDate) {\n      endDate\n    }\n  }\n": types.SessionDraftEndDocument,
    "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.SearchPeopleDocument,
    "\n  query PersonByEmail($email: String!) {\n    userByEmail(email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.PersonByEmailDocument,
    "\n  mutation AddSessionInscription($input: AddInscriptionInput!) {\n    addInscription(input: $input) {\n      id\n      state\n    }\n  }\n": types.AddSessionInscriptionDocument,
    "\n  mutation RemoveSessionInscription($id: ID!) {\n    removeInscription(id: $id) {\n      id\n    }\n  }\n": types.RemoveSessionInscriptionDocument,
    "\n  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {\n    validateInscription(id: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": types.ValidateSessionInscriptionDocument,
    "\n  query SessionsTrainingOptions($search: String!) {\n    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.SessionsTrainingOptionsDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PickSessionTrainingDocument,
    "\n  mutation MoveInWaitingList($id: ID!, $position: Int!) {\n    moveInWaitingList(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveInWaitingListDocument,
    "\n  mutation PromoteInscription($id: ID!) {\n    promoteInscription(id: $id) {\n      id\n      state\n    }\n  }\n": types.PromoteInscriptionDocument,
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
export function graphql(source: "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ManageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditSessionFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').SessionPageDocument;
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
export function graphql(source: "\n  query SessionsViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n"): typeof import('./graphql').SessionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionsTableDocument;
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
export function graphql(source: "\n  query SessionRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').SessionRegistrationStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    event(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').EventRegistrationStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterToSession($id: ID!) {\n    registerToSession(sessionId: $id) {\n      id\n      state\n      position\n    }\n  }\n"): typeof import('./graphql').RegisterToSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterFromSession($id: ID!) {\n    unregisterFromSession(sessionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnregisterFromSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterToEvent($id: ID!) {\n    registerToEvent(eventId: $id) {\n      id\n      state\n      position\n    }\n  }\n"): typeof import('./graphql').RegisterToEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterFromEvent($id: ID!) {\n    unregisterFromEvent(eventId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnregisterFromEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaderNotifications {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: 10) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HeaderNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDeletionImpact($id: ID!) {\n    session(id: $id) {\n      deletionImpact {\n        events\n        inscriptions\n      }\n    }\n  }\n"): typeof import('./graphql').SessionDeletionImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventComments($id: ID!) {\n    event(id: $id) {\n      id\n      viewerCan {\n        comment\n      }\n      comments(first: 100) {\n        totalCount\n        nodes {\n          id\n          content\n          createdAt\n          updatedAt\n          author {\n            id\n            firstName\n            lastName\n          }\n          viewerCan {\n            edit\n            delete\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEventComment($eventId: ID!, $content: String!) {\n    createComment(eventId: $eventId, content: $content) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddEventCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventComment($id: ID!, $content: String!) {\n    updateComment(id: $id, content: $content) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateEventCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEventComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteEventCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionEvents($id: ID!, $first: Int!) {\n    session(id: $id) {\n      id\n      events(first: $first) {\n        totalCount\n        nodes {\n          id\n          name\n          startAt\n          endAt\n          timeZone\n          maxUsers\n          location {\n            id\n            name\n          }\n          registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n            totalCount\n          }\n          viewerCan {\n            comment\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionEventsDocument;
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
export function graphql(source: "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByEmail($email: String!) {\n    userByEmail(email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql').PersonByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionInscription($input: AddInscriptionInput!) {\n    addInscription(input: $input) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AddSessionInscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSessionInscription($id: ID!) {\n    removeInscription(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveSessionInscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {\n    validateInscription(id: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ValidateSessionInscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsTrainingOptions($search: String!) {\n    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').SessionsTrainingOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickSessionTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInWaitingList($id: ID!, $position: Int!) {\n    moveInWaitingList(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n"): typeof import('./graphql').MoveInWaitingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteInscription($id: ID!) {\n    promoteInscription(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').PromoteInscriptionDocument;
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
