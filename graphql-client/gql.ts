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
    "\n  query AccountPage {\n    me {\n      id\n      email\n      firstName\n      lastName\n      locale\n      timeZone\n    }\n    timeZones\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        lastCharacters\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment CatalogueSessionCard on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    maxUsers\n    publicRegistration\n    registration {\n      open\n      seatsLeft\n      full\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.CatalogueSessionCardFragmentDoc,
    "\n  query CataloguePage(\n    $first: Int!\n    $after: String\n    $search: String\n    $organisationId: ID\n    $sessions: SessionFilter!\n    $sessionsPerTraining: Int!\n  ) {\n    viewer {\n      timeZone\n    }\n    catalogueFilters {\n      organisations {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, sessions: $sessions) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n        sessions(first: $sessionsPerTraining, filter: $sessions) {\n          totalCount\n          nodes {\n            ...CatalogueSessionCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query CatalogueSessionPage($id: ID!, $events: Int!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      maxUsers\n      registration {\n        open\n        seatsLeft\n        full\n      }\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      training {\n        id\n        title\n        code\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        address\n        timeZone\n      }\n      trainers(first: 20) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerRegistration {\n        id\n        state\n      }\n      events(first: $events) {\n        totalCount\n        nodes {\n          id\n          name\n          description\n          startAt\n          endAt\n          timeZone\n          locationExtra\n          status\n          inscriptionMode\n          location {\n            id\n            name\n            address\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueSessionPageDocument,
    "\n  query CatalogueTrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      organisations {\n        id\n        name\n      }\n      sessions(first: $sessions, filter: { ended: false }) {\n        totalCount\n        nodes {\n          ...CatalogueSessionCard\n        }\n      }\n    }\n  }\n": typeof types.CatalogueTrainingPageDocument,
    "\n  query CatalogueViewerZone {\n    viewer {\n      timeZone\n    }\n  }\n": typeof types.CatalogueViewerZoneDocument,
    "\n  query CheckInPage($id: ID!) {\n    me {\n      id\n    }\n    event(id: $id) {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        id\n        name\n      }\n      session {\n        id\n        title\n      }\n      attendance {\n        status\n        method\n      }\n    }\n  }\n": typeof types.CheckInPageDocument,
    "\n  fragment MySession on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    training {\n      id\n      title\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n    viewerRegistration {\n      id\n      role\n      state\n      position\n    }\n  }\n": typeof types.MySessionFragmentDoc,
    "\n  query MyTrainingsPage($sessions: Int!, $events: Int!, $comments: Int!) {\n    me {\n      id\n      firstName\n      lastName\n      timeZone\n    }\n    upcoming: sessions(first: $sessions, filter: { mine: true, status: UPCOMING }, orderBy: START_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    ongoing: sessions(first: $sessions, filter: { mine: true, status: ONGOING }, orderBy: END_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    past: sessions(first: $sessions, filter: { mine: true, ended: true }, orderBy: END_DATE_DESC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    agenda: events(first: $events, filter: { mine: true, ended: false }) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        inscriptionMode\n        locationExtra\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n        comments(first: $comments) {\n          totalCount\n          nodes {\n            id\n            content\n            createdAt\n            author {\n              id\n              firstName\n              lastName\n            }\n          }\n        }\n      }\n    }\n    calendarFeed {\n      createdAt\n    }\n  }\n": typeof types.MyTrainingsPageDocument,
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.SiteHeaderViewerDocument,
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query EventAttendancePage($id: ID!) {\n    event(id: $id) {\n      id\n      status\n      timeZone\n      attendanceCan {\n        record\n        validate\n        correct\n      }\n      attendanceValidation {\n        validatedAt\n        validatedBy {\n          id\n          firstName\n          lastName\n        }\n      }\n      attendance {\n        status\n        comment\n        recordedAt\n        method\n        correctionReason\n        corrected\n        user {\n          id\n          firstName\n          lastName\n        }\n        recordedBy {\n          id\n          firstName\n          lastName\n        }\n        history {\n          id\n          fromStatus\n          toStatus\n          comment\n          changedAt\n          method\n          correctionReason\n          changedBy {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventAttendancePageDocument,
    "\n  query EventPage($id: ID!, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      timeZone\n      status\n      inscriptionMode\n      maxUsers\n      locationExtra\n      location {\n        id\n        name\n        address\n      }\n      session {\n        id\n        title\n        training {\n          id\n          code\n          title\n        }\n      }\n      trainers(first: 100) {\n        totalCount\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerCan {\n        comment\n        registerLearners\n        edit\n        delete\n        repeat\n        documents\n        message\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n        totalCount\n      }\n      learners: inscriptions(role: LEARNER, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          position\n          createdAt\n          user {\n            id\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query EventsViewer {\n    viewer {\n      timeZone\n    }\n  }\n": typeof types.EventsViewerDocument,
    "\n  query EventsTable($first: Int!, $after: String, $filter: EventFilter!, $orderBy: EventOrder) {\n    locations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        maxUsers\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n            title\n          }\n        }\n        trainers(first: 5) {\n          totalCount\n          nodes {\n            id\n            firstName\n            lastName\n          }\n        }\n        registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.EventsTableDocument,
    "\n  query LocationsTable($first: Int!, $after: String, $search: String, $orderBy: LocationOrder!) {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    timeZones\n    locations(first: $first, after: $after, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        address\n        timeZone\n        capacity\n        eventCount\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.LocationsTableDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.ManageViewerDocument,
    "\n  query OrganisationsPage($after: String) {\n    viewer {\n      isAdmin\n    }\n    organisations(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        code\n        parent {\n          id\n        }\n        contents {\n          subOrganisations\n          members\n          trainings\n          locations\n          templates\n        }\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsPageDocument,
    "\n  query OutboxMailPage($id: ID!) {\n    viewer {\n      timeZone\n    }\n    outboxMail(id: $id) {\n      id\n      messageId\n      purpose\n      toAddress\n      toName\n      subject\n      text\n      html\n      state\n      attempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n      attachmentNames\n      viewerCan {\n        retry\n      }\n    }\n  }\n": typeof types.OutboxMailPageDocument,
    "\n  query OutboxViewer {\n    viewer {\n      isAdmin\n      timeZone\n    }\n  }\n": typeof types.OutboxViewerDocument,
    "\n  query OutboxPage($first: Int!, $after: String, $filter: OutboxMailFilter) {\n    outboxMails(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        toAddress\n        toName\n        subject\n        state\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxPageDocument,
    "\n  query SessionAttendancePage($id: ID!) {\n    session(id: $id) {\n      id\n      attendanceOutcomes {\n        scheduledHours\n        attendedHours\n        outcome\n        user {\n          id\n          firstName\n          lastName\n        }\n        events {\n          status\n        }\n      }\n    }\n  }\n": typeof types.SessionAttendancePageDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": typeof types.EditSessionFormDocument,
    "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder, $eventSearch: String) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n        documents\n        message\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false, search: $eventSearch }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true, search: $eventSearch }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      viewerCan {\n        edit\n        delete\n        repeat\n      }\n    }\n  }\n": typeof types.SessionPageDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": typeof types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": typeof types.NewSessionViewerDocument,
    "\n  query SessionsViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": typeof types.SessionsViewerDocument,
    "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n          message\n        }\n      }\n    }\n  }\n": typeof types.SessionsTableDocument,
    "\n  query EditTemplateForm($id: ID!) {\n    viewer {\n      isAdmin\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    template(id: $id) {\n      id\n      name\n      kind\n      locale\n      subject\n      body\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.EditTemplateFormDocument,
    "\n  query NewTemplateForm {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewTemplateFormDocument,
    "\n  query TemplatesViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": typeof types.TemplatesViewerDocument,
    "\n  query TemplatesTable($first: Int!, $after: String, $search: String, $kind: TemplateKind, $orderBy: TemplateOrder!) {\n    templates(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        kind\n        locale\n        subject\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.TemplatesTableDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": typeof types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": typeof types.TrainingsTableDocument,
    "\n  query UsersPage($first: Int!, $after: String, $search: String) {\n    viewer {\n      isAdmin\n    }\n    timeZones\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        email\n        firstName\n        lastName\n        locale\n        timeZone\n        active\n        isAdmin\n        viewerCan {\n          edit\n        }\n        memberships {\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query SitemapPage($after: String) {\n    trainings(first: 100, after: $after, sessions: { ended: false }) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        sessions(first: 100, filter: { ended: false }) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitemapPageDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateOwnProfile($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateOwnProfileDocument,
    "\n  mutation RecordAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {\n    recordAttendance(eventId: $eventId, userId: $userId, status: $status, comment: $comment) {\n      status\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation MarkAllPresent($eventId: ID!) {\n    markAllPresent(eventId: $eventId) {\n      status\n    }\n  }\n": typeof types.MarkAllPresentDocument,
    "\n  mutation ValidateAttendance($eventId: ID!) {\n    validateAttendance(eventId: $eventId) {\n      validatedAt\n    }\n  }\n": typeof types.ValidateAttendanceDocument,
    "\n  mutation CorrectAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!, $comment: String) {\n    correctAttendance(eventId: $eventId, userId: $userId, status: $status, reason: $reason, comment: $comment) {\n      status\n    }\n  }\n": typeof types.CorrectAttendanceDocument,
    "\n  query EventCheckInCode($eventId: ID!) {\n    eventCheckIn(eventId: $eventId) {\n      url\n      code\n      expiresAt\n      stepSeconds\n      opensAt\n      closesAt\n      qrSvg\n    }\n  }\n": typeof types.EventCheckInCodeDocument,
    "\n  mutation CheckIn($eventId: ID!, $code: String!) {\n    checkIn(eventId: $eventId, code: $code) {\n      status\n      method\n      recordedAt\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query SessionRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": typeof types.SessionRegistrationStateDocument,
    "\n  query EventRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    event(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": typeof types.EventRegistrationStateDocument,
    "\n  mutation RegisterToSession($id: ID!) {\n    registerToSession(sessionId: $id) {\n      id\n      state\n      position\n    }\n  }\n": typeof types.RegisterToSessionDocument,
    "\n  mutation UnregisterFromSession($id: ID!) {\n    unregisterFromSession(sessionId: $id) {\n      id\n    }\n  }\n": typeof types.UnregisterFromSessionDocument,
    "\n  mutation RegisterToEvent($id: ID!) {\n    registerToEvent(eventId: $id) {\n      id\n      state\n      position\n    }\n  }\n": typeof types.RegisterToEventDocument,
    "\n  mutation UnregisterFromEvent($id: ID!) {\n    unregisterFromEvent(eventId: $id) {\n      id\n    }\n  }\n": typeof types.UnregisterFromEventDocument,
    "\n  mutation SendSessionInvitations($sessionId: ID!, $userIds: [ID!]) {\n    sendSessionInvitations(sessionId: $sessionId, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.SendSessionInvitationsDocument,
    "\n  mutation SendEventInvitations($eventId: ID!, $userIds: [ID!]) {\n    sendEventInvitations(eventId: $eventId, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.SendEventInvitationsDocument,
    "\n  query EventLearnerDocuments($id: ID!) {\n    event(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n": typeof types.EventLearnerDocumentsDocument,
    "\n  query SessionLearnerDocuments($id: ID!) {\n    session(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n": typeof types.SessionLearnerDocumentsDocument,
    "\n  query EventFormContext($sessionId: ID!) {\n    viewer {\n      eventDefaultTimeZone\n      canManageLocations\n    }\n    session(id: $sessionId) {\n      id\n      maxUsers\n      eventInscriptionMode\n      trainers(first: 100) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n    locations(first: 100) {\n      nodes {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.EventFormContextDocument,
    "\n  query EventToEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      locationExtra\n      maxUsers\n      inscriptionMode\n      location {\n        id\n      }\n      trainers(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EventToEditDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation AddEventRegistrants($eventId: ID!, $userIds: [ID!]!) {\n    addEventRegistrants(eventId: $eventId, userIds: $userIds) {\n      userId\n      outcome\n      reason\n      inscription {\n        id\n        state\n        position\n      }\n    }\n  }\n": typeof types.AddEventRegistrantsDocument,
    "\n  query EventDeletionImpact($id: ID!) {\n    event(id: $id) {\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      comments(first: 0) {\n        totalCount\n      }\n    }\n  }\n": typeof types.EventDeletionImpactDocument,
    "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteEventDocument,
    "\n  query RepeatLimits {\n    repeatLimits {\n      maxCopies\n      maxWeeks\n    }\n  }\n": typeof types.RepeatLimitsDocument,
    "\n  query RepeatEventPreview($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEventPreview(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      timeZone\n      occurrences {\n        startAt\n        endAt\n      }\n    }\n  }\n": typeof types.RepeatEventPreviewDocument,
    "\n  mutation RepeatEvent($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      id\n    }\n  }\n": typeof types.RepeatEventDocument,
    "\n  query LocationUsage($id: ID!) {\n    location(id: $id) {\n      eventCount\n    }\n  }\n": typeof types.LocationUsageDocument,
    "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateLocationDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyCalendarEvents($after: DateTimeISO!, $before: DateTimeISO!) {\n    events(first: 100, filter: { mine: true, endsAfter: $after, startsBefore: $before }, orderBy: START_ASC) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyCalendarEventsDocument,
    "\n  query MyCertificatesList {\n    myCertificates {\n      events {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        session {\n          id\n          title\n        }\n      }\n      sessions {\n        attendedHours\n        scheduledHours\n        session {\n          id\n          title\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n": typeof types.MyCertificatesListDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      internalRecipients\n      emailsQueued\n      message {\n        id\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query SessionMessages($sessionId: ID!, $first: Int!) {\n    viewer {\n      timeZone\n    }\n    sessionMessages(sessionId: $sessionId, first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        channels\n        createdAt\n        recipientCount\n        emailCount\n        sender {\n          id\n          firstName\n          lastName\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionMessagesDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  query MyMessages($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadMessageCount\n    myMessages(first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        read\n        sentAt\n        sender {\n          id\n          firstName\n          lastName\n        }\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  query HeaderNotifications($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: $first) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HeaderNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation RetryOutboxMail($id: ID!) {\n    retryOutboxMail(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.RetryOutboxMailDocument,
    "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.SearchPeopleDocument,
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
    "\n  query PersonByEmail($email: String!) {\n    userByEmail(email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.PersonByEmailDocument,
    "\n  mutation AddSessionInscription($input: AddInscriptionInput!) {\n    addInscription(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AddSessionInscriptionDocument,
    "\n  mutation RemoveSessionInscription($id: ID!) {\n    removeInscription(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveSessionInscriptionDocument,
    "\n  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {\n    validateInscription(id: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": typeof types.ValidateSessionInscriptionDocument,
    "\n  query SessionsTrainingOptions($search: String!) {\n    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.SessionsTrainingOptionsDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PickSessionTrainingDocument,
    "\n  mutation MoveInWaitingList($id: ID!, $position: Int!) {\n    moveInWaitingList(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveInWaitingListDocument,
    "\n  mutation PromoteInscription($id: ID!) {\n    promoteInscription(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.PromoteInscriptionDocument,
    "\n  mutation DeleteTemplate($id: ID!) {\n    deleteTemplate(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteTemplateDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateTemplateDocument,
    "\n  query TemplatePlaceholders($kind: TemplateKind!) {\n    templatePlaceholders(kind: $kind) {\n      name\n      loop\n      within\n      description {\n        fr\n        en\n      }\n    }\n  }\n": typeof types.TemplatePlaceholdersDocument,
    "\n  query TemplatePreview($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {\n    templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) {\n      subject\n      html\n    }\n  }\n": typeof types.TemplatePreviewDocument,
    "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n": typeof types.TrainingDeletionImpactDocument,
    "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteTrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateTrainingDocument,
    "\n  mutation SetMembership($userId: ID!, $organisationId: ID!, $role: MembershipRole!) {\n    setMembership(userId: $userId, organisationId: $organisationId, role: $role) {\n      role\n    }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation RemoveMembership($userId: ID!, $organisationId: ID!) {\n    removeMembership(userId: $userId, organisationId: $organisationId) {\n      role\n    }\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password)\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    updateUser(id: $id, input: { active: $active }) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": typeof types.ViewerPreferencesDocument,
};
const documents: Documents = {
    "\n  query AccountPage {\n    me {\n      id\n      email\n      firstName\n      lastName\n      locale\n      timeZone\n    }\n    timeZones\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        lastCharacters\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment CatalogueSessionCard on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    maxUsers\n    publicRegistration\n    registration {\n      open\n      seatsLeft\n      full\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n  }\n": types.CatalogueSessionCardFragmentDoc,
    "\n  query CataloguePage(\n    $first: Int!\n    $after: String\n    $search: String\n    $organisationId: ID\n    $sessions: SessionFilter!\n    $sessionsPerTraining: Int!\n  ) {\n    viewer {\n      timeZone\n    }\n    catalogueFilters {\n      organisations {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, sessions: $sessions) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n        sessions(first: $sessionsPerTraining, filter: $sessions) {\n          totalCount\n          nodes {\n            ...CatalogueSessionCard\n          }\n        }\n      }\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query CatalogueSessionPage($id: ID!, $events: Int!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      maxUsers\n      registration {\n        open\n        seatsLeft\n        full\n      }\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      training {\n        id\n        title\n        code\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        address\n        timeZone\n      }\n      trainers(first: 20) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerRegistration {\n        id\n        state\n      }\n      events(first: $events) {\n        totalCount\n        nodes {\n          id\n          name\n          description\n          startAt\n          endAt\n          timeZone\n          locationExtra\n          status\n          inscriptionMode\n          location {\n            id\n            name\n            address\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueSessionPageDocument,
    "\n  query CatalogueTrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      organisations {\n        id\n        name\n      }\n      sessions(first: $sessions, filter: { ended: false }) {\n        totalCount\n        nodes {\n          ...CatalogueSessionCard\n        }\n      }\n    }\n  }\n": types.CatalogueTrainingPageDocument,
    "\n  query CatalogueViewerZone {\n    viewer {\n      timeZone\n    }\n  }\n": types.CatalogueViewerZoneDocument,
    "\n  query CheckInPage($id: ID!) {\n    me {\n      id\n    }\n    event(id: $id) {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        id\n        name\n      }\n      session {\n        id\n        title\n      }\n      attendance {\n        status\n        method\n      }\n    }\n  }\n": types.CheckInPageDocument,
    "\n  fragment MySession on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    training {\n      id\n      title\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n    viewerRegistration {\n      id\n      role\n      state\n      position\n    }\n  }\n": types.MySessionFragmentDoc,
    "\n  query MyTrainingsPage($sessions: Int!, $events: Int!, $comments: Int!) {\n    me {\n      id\n      firstName\n      lastName\n      timeZone\n    }\n    upcoming: sessions(first: $sessions, filter: { mine: true, status: UPCOMING }, orderBy: START_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    ongoing: sessions(first: $sessions, filter: { mine: true, status: ONGOING }, orderBy: END_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    past: sessions(first: $sessions, filter: { mine: true, ended: true }, orderBy: END_DATE_DESC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    agenda: events(first: $events, filter: { mine: true, ended: false }) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        inscriptionMode\n        locationExtra\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n        comments(first: $comments) {\n          totalCount\n          nodes {\n            id\n            content\n            createdAt\n            author {\n              id\n              firstName\n              lastName\n            }\n          }\n        }\n      }\n    }\n    calendarFeed {\n      createdAt\n    }\n  }\n": types.MyTrainingsPageDocument,
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.SiteHeaderViewerDocument,
    "\n  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n      user {\n        firstName\n      }\n    }\n    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        timeZone\n        location {\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        training {\n          id\n          title\n        }\n        inscriptions(state: PENDING, role: LEARNER, first: 0) {\n          totalCount\n        }\n      }\n    }\n    underFilled: sessions(\n      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        startDate\n        maxUsers\n        training {\n          id\n          title\n        }\n        learners(first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query EventAttendancePage($id: ID!) {\n    event(id: $id) {\n      id\n      status\n      timeZone\n      attendanceCan {\n        record\n        validate\n        correct\n      }\n      attendanceValidation {\n        validatedAt\n        validatedBy {\n          id\n          firstName\n          lastName\n        }\n      }\n      attendance {\n        status\n        comment\n        recordedAt\n        method\n        correctionReason\n        corrected\n        user {\n          id\n          firstName\n          lastName\n        }\n        recordedBy {\n          id\n          firstName\n          lastName\n        }\n        history {\n          id\n          fromStatus\n          toStatus\n          comment\n          changedAt\n          method\n          correctionReason\n          changedBy {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": types.EventAttendancePageDocument,
    "\n  query EventPage($id: ID!, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      timeZone\n      status\n      inscriptionMode\n      maxUsers\n      locationExtra\n      location {\n        id\n        name\n        address\n      }\n      session {\n        id\n        title\n        training {\n          id\n          code\n          title\n        }\n      }\n      trainers(first: 100) {\n        totalCount\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerCan {\n        comment\n        registerLearners\n        edit\n        delete\n        repeat\n        documents\n        message\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n        totalCount\n      }\n      learners: inscriptions(role: LEARNER, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          position\n          createdAt\n          user {\n            id\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.EventPageDocument,
    "\n  query EventsViewer {\n    viewer {\n      timeZone\n    }\n  }\n": types.EventsViewerDocument,
    "\n  query EventsTable($first: Int!, $after: String, $filter: EventFilter!, $orderBy: EventOrder) {\n    locations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        maxUsers\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n            title\n          }\n        }\n        trainers(first: 5) {\n          totalCount\n          nodes {\n            id\n            firstName\n            lastName\n          }\n        }\n        registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.EventsTableDocument,
    "\n  query LocationsTable($first: Int!, $after: String, $search: String, $orderBy: LocationOrder!) {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    timeZones\n    locations(first: $first, after: $after, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        address\n        timeZone\n        capacity\n        eventCount\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.LocationsTableDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.ManageViewerDocument,
    "\n  query OrganisationsPage($after: String) {\n    viewer {\n      isAdmin\n    }\n    organisations(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        code\n        parent {\n          id\n        }\n        contents {\n          subOrganisations\n          members\n          trainings\n          locations\n          templates\n        }\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": types.OrganisationsPageDocument,
    "\n  query OutboxMailPage($id: ID!) {\n    viewer {\n      timeZone\n    }\n    outboxMail(id: $id) {\n      id\n      messageId\n      purpose\n      toAddress\n      toName\n      subject\n      text\n      html\n      state\n      attempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n      attachmentNames\n      viewerCan {\n        retry\n      }\n    }\n  }\n": types.OutboxMailPageDocument,
    "\n  query OutboxViewer {\n    viewer {\n      isAdmin\n      timeZone\n    }\n  }\n": types.OutboxViewerDocument,
    "\n  query OutboxPage($first: Int!, $after: String, $filter: OutboxMailFilter) {\n    outboxMails(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        toAddress\n        toName\n        subject\n        state\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.OutboxPageDocument,
    "\n  query SessionAttendancePage($id: ID!) {\n    session(id: $id) {\n      id\n      attendanceOutcomes {\n        scheduledHours\n        attendedHours\n        outcome\n        user {\n          id\n          firstName\n          lastName\n        }\n        events {\n          status\n        }\n      }\n    }\n  }\n": types.SessionAttendancePageDocument,
    "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n": types.EditSessionFormDocument,
    "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder, $eventSearch: String) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n        documents\n        message\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false, search: $eventSearch }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true, search: $eventSearch }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      viewerCan {\n        edit\n        delete\n        repeat\n      }\n    }\n  }\n": types.SessionPageDocument,
    "\n  query NewSessionTraining($id: ID!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.NewSessionTrainingDocument,
    "\n  query NewSessionDraft($trainingId: ID!) {\n    sessionDraft(trainingId: $trainingId) {\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n    }\n  }\n": types.NewSessionDraftDocument,
    "\n  query NewSessionViewer {\n    viewer {\n      canCreateTrainings\n    }\n  }\n": types.NewSessionViewerDocument,
    "\n  query SessionsViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": types.SessionsViewerDocument,
    "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n          message\n        }\n      }\n    }\n  }\n": types.SessionsTableDocument,
    "\n  query EditTemplateForm($id: ID!) {\n    viewer {\n      isAdmin\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    template(id: $id) {\n      id\n      name\n      kind\n      locale\n      subject\n      body\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.EditTemplateFormDocument,
    "\n  query NewTemplateForm {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.NewTemplateFormDocument,
    "\n  query TemplatesViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n": types.TemplatesViewerDocument,
    "\n  query TemplatesTable($first: Int!, $after: String, $search: String, $kind: TemplateKind, $orderBy: TemplateOrder!) {\n    templates(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        kind\n        locale\n        subject\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.TemplatesTableDocument,
    "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n": types.EditTrainingFormDocument,
    "\n  query TrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        delete\n      }\n      sessions(first: $sessions) {\n        totalCount\n        nodes {\n          id\n          title\n          startDate\n          endDate\n          status\n          maxUsers\n          learners(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.TrainingPageDocument,
    "\n  query NewTrainingForm {\n    viewer {\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.NewTrainingFormDocument,
    "\n  query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n        sessions(first: 0) {\n          totalCount\n        }\n        nextSession {\n          id\n          title\n          startDate\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n": types.TrainingsTableDocument,
    "\n  query UsersPage($first: Int!, $after: String, $search: String) {\n    viewer {\n      isAdmin\n    }\n    timeZones\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        email\n        firstName\n        lastName\n        locale\n        timeZone\n        active\n        isAdmin\n        viewerCan {\n          edit\n        }\n        memberships {\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UsersPageDocument,
    "\n  query SitemapPage($after: String) {\n    trainings(first: 100, after: $after, sessions: { ended: false }) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        sessions(first: 100, filter: { ended: false }) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SitemapPageDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateOwnProfile($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      locale\n      timeZone\n    }\n  }\n": types.UpdateOwnProfileDocument,
    "\n  mutation RecordAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {\n    recordAttendance(eventId: $eventId, userId: $userId, status: $status, comment: $comment) {\n      status\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation MarkAllPresent($eventId: ID!) {\n    markAllPresent(eventId: $eventId) {\n      status\n    }\n  }\n": types.MarkAllPresentDocument,
    "\n  mutation ValidateAttendance($eventId: ID!) {\n    validateAttendance(eventId: $eventId) {\n      validatedAt\n    }\n  }\n": types.ValidateAttendanceDocument,
    "\n  mutation CorrectAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!, $comment: String) {\n    correctAttendance(eventId: $eventId, userId: $userId, status: $status, reason: $reason, comment: $comment) {\n      status\n    }\n  }\n": types.CorrectAttendanceDocument,
    "\n  query EventCheckInCode($eventId: ID!) {\n    eventCheckIn(eventId: $eventId) {\n      url\n      code\n      expiresAt\n      stepSeconds\n      opensAt\n      closesAt\n      qrSvg\n    }\n  }\n": types.EventCheckInCodeDocument,
    "\n  mutation CheckIn($eventId: ID!, $code: String!) {\n    checkIn(eventId: $eventId, code: $code) {\n      status\n      method\n      recordedAt\n    }\n  }\n": types.CheckInDocument,
    "\n  query SessionRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": types.SessionRegistrationStateDocument,
    "\n  query EventRegistrationState($id: ID!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    event(id: $id) {\n      id\n      registration {\n        open\n        closure\n        unregistrationOpen\n        unregistrationClosure\n        seatsLeft\n        full\n        waiting\n        validation\n        closesAt\n      }\n      viewerRegistration {\n        id\n        state\n        position\n      }\n    }\n  }\n": types.EventRegistrationStateDocument,
    "\n  mutation RegisterToSession($id: ID!) {\n    registerToSession(sessionId: $id) {\n      id\n      state\n      position\n    }\n  }\n": types.RegisterToSessionDocument,
    "\n  mutation UnregisterFromSession($id: ID!) {\n    unregisterFromSession(sessionId: $id) {\n      id\n    }\n  }\n": types.UnregisterFromSessionDocument,
    "\n  mutation RegisterToEvent($id: ID!) {\n    registerToEvent(eventId: $id) {\n      id\n      state\n      position\n    }\n  }\n": types.RegisterToEventDocument,
    "\n  mutation UnregisterFromEvent($id: ID!) {\n    unregisterFromEvent(eventId: $id) {\n      id\n    }\n  }\n": types.UnregisterFromEventDocument,
    "\n  mutation SendSessionInvitations($sessionId: ID!, $userIds: [ID!]) {\n    sendSessionInvitations(sessionId: $sessionId, userIds: $userIds) {\n      id\n    }\n  }\n": types.SendSessionInvitationsDocument,
    "\n  mutation SendEventInvitations($eventId: ID!, $userIds: [ID!]) {\n    sendEventInvitations(eventId: $eventId, userIds: $userIds) {\n      id\n    }\n  }\n": types.SendEventInvitationsDocument,
    "\n  query EventLearnerDocuments($id: ID!) {\n    event(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n": types.EventLearnerDocumentsDocument,
    "\n  query SessionLearnerDocuments($id: ID!) {\n    session(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n": types.SessionLearnerDocumentsDocument,
    "\n  query EventFormContext($sessionId: ID!) {\n    viewer {\n      eventDefaultTimeZone\n      canManageLocations\n    }\n    session(id: $sessionId) {\n      id\n      maxUsers\n      eventInscriptionMode\n      trainers(first: 100) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n    locations(first: 100) {\n      nodes {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": types.EventFormContextDocument,
    "\n  query EventToEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      locationExtra\n      maxUsers\n      inscriptionMode\n      location {\n        id\n      }\n      trainers(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.EventToEditDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation AddEventRegistrants($eventId: ID!, $userIds: [ID!]!) {\n    addEventRegistrants(eventId: $eventId, userIds: $userIds) {\n      userId\n      outcome\n      reason\n      inscription {\n        id\n        state\n        position\n      }\n    }\n  }\n": types.AddEventRegistrantsDocument,
    "\n  query EventDeletionImpact($id: ID!) {\n    event(id: $id) {\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      comments(first: 0) {\n        totalCount\n      }\n    }\n  }\n": types.EventDeletionImpactDocument,
    "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n": types.DeleteEventDocument,
    "\n  query RepeatLimits {\n    repeatLimits {\n      maxCopies\n      maxWeeks\n    }\n  }\n": types.RepeatLimitsDocument,
    "\n  query RepeatEventPreview($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEventPreview(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      timeZone\n      occurrences {\n        startAt\n        endAt\n      }\n    }\n  }\n": types.RepeatEventPreviewDocument,
    "\n  mutation RepeatEvent($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      id\n    }\n  }\n": types.RepeatEventDocument,
    "\n  query LocationUsage($id: ID!) {\n    location(id: $id) {\n      eventCount\n    }\n  }\n": types.LocationUsageDocument,
    "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id) {\n      id\n    }\n  }\n": types.DeleteLocationDocument,
    "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateLocationDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyCalendarEvents($after: DateTimeISO!, $before: DateTimeISO!) {\n    events(first: 100, filter: { mine: true, endsAfter: $after, startsBefore: $before }, orderBy: START_ASC) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyCalendarEventsDocument,
    "\n  query MyCertificatesList {\n    myCertificates {\n      events {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        session {\n          id\n          title\n        }\n      }\n      sessions {\n        attendedHours\n        scheduledHours\n        session {\n          id\n          title\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n": types.MyCertificatesListDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      internalRecipients\n      emailsQueued\n      message {\n        id\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  query SessionMessages($sessionId: ID!, $first: Int!) {\n    viewer {\n      timeZone\n    }\n    sessionMessages(sessionId: $sessionId, first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        channels\n        createdAt\n        recipientCount\n        emailCount\n        sender {\n          id\n          firstName\n          lastName\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SessionMessagesDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  query MyMessages($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadMessageCount\n    myMessages(first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        read\n        sentAt\n        sender {\n          id\n          firstName\n          lastName\n        }\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n": types.MarkMessagesReadDocument,
    "\n  query HeaderNotifications($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: $first) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HeaderNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": types.DeleteOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation RetryOutboxMail($id: ID!) {\n    retryOutboxMail(id: $id) {\n      id\n      state\n    }\n  }\n": types.RetryOutboxMailDocument,
    "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.SearchPeopleDocument,
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
    "\n  query PersonByEmail($email: String!) {\n    userByEmail(email: $email) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.PersonByEmailDocument,
    "\n  mutation AddSessionInscription($input: AddInscriptionInput!) {\n    addInscription(input: $input) {\n      id\n      state\n    }\n  }\n": types.AddSessionInscriptionDocument,
    "\n  mutation RemoveSessionInscription($id: ID!) {\n    removeInscription(id: $id) {\n      id\n    }\n  }\n": types.RemoveSessionInscriptionDocument,
    "\n  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {\n    validateInscription(id: $id, accept: $accept) {\n      id\n      state\n    }\n  }\n": types.ValidateSessionInscriptionDocument,
    "\n  query SessionsTrainingOptions($search: String!) {\n    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.SessionsTrainingOptionsDocument,
    "\n  query PickSessionTraining($search: String, $first: Int!) {\n    trainings(search: $search, managed: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        title\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PickSessionTrainingDocument,
    "\n  mutation MoveInWaitingList($id: ID!, $position: Int!) {\n    moveInWaitingList(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveInWaitingListDocument,
    "\n  mutation PromoteInscription($id: ID!) {\n    promoteInscription(id: $id) {\n      id\n      state\n    }\n  }\n": types.PromoteInscriptionDocument,
    "\n  mutation DeleteTemplate($id: ID!) {\n    deleteTemplate(id: $id) {\n      id\n    }\n  }\n": types.DeleteTemplateDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateTemplateDocument,
    "\n  query TemplatePlaceholders($kind: TemplateKind!) {\n    templatePlaceholders(kind: $kind) {\n      name\n      loop\n      within\n      description {\n        fr\n        en\n      }\n    }\n  }\n": types.TemplatePlaceholdersDocument,
    "\n  query TemplatePreview($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {\n    templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) {\n      subject\n      html\n    }\n  }\n": types.TemplatePreviewDocument,
    "\n  query TrainingDeletionImpact($id: ID!) {\n    training(id: $id) {\n      deletionImpact {\n        sessions\n        events\n        inscriptions\n      }\n    }\n  }\n": types.TrainingDeletionImpactDocument,
    "\n  mutation DeleteTraining($id: ID!) {\n    deleteTraining(id: $id) {\n      id\n    }\n  }\n": types.DeleteTrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateTrainingDocument,
    "\n  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateTrainingDocument,
    "\n  mutation SetMembership($userId: ID!, $organisationId: ID!, $role: MembershipRole!) {\n    setMembership(userId: $userId, organisationId: $organisationId, role: $role) {\n      role\n    }\n  }\n": types.SetMembershipDocument,
    "\n  mutation RemoveMembership($userId: ID!, $organisationId: ID!) {\n    removeMembership(userId: $userId, organisationId: $organisationId) {\n      role\n    }\n  }\n": types.RemoveMembershipDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password)\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    updateUser(id: $id, input: { active: $active }) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": types.ViewerPreferencesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      email\n      firstName\n      lastName\n      locale\n      timeZone\n    }\n    timeZones\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        lastCharacters\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueSessionCard on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    maxUsers\n    publicRegistration\n    registration {\n      open\n      seatsLeft\n      full\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n  }\n"): typeof import('./graphql').CatalogueSessionCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage(\n    $first: Int!\n    $after: String\n    $search: String\n    $organisationId: ID\n    $sessions: SessionFilter!\n    $sessionsPerTraining: Int!\n  ) {\n    viewer {\n      timeZone\n    }\n    catalogueFilters {\n      organisations {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, sessions: $sessions) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        code\n        title\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n        sessions(first: $sessionsPerTraining, filter: $sessions) {\n          totalCount\n          nodes {\n            ...CatalogueSessionCard\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CataloguePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueSessionPage($id: ID!, $events: Int!) {\n    viewer {\n      timeZone\n      user {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      maxUsers\n      registration {\n        open\n        seatsLeft\n        full\n      }\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      training {\n        id\n        title\n        code\n        description\n        durationHours\n        organisations {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        address\n        timeZone\n      }\n      trainers(first: 20) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerRegistration {\n        id\n        state\n      }\n      events(first: $events) {\n        totalCount\n        nodes {\n          id\n          name\n          description\n          startAt\n          endAt\n          timeZone\n          locationExtra\n          status\n          inscriptionMode\n          location {\n            id\n            name\n            address\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueSessionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueTrainingPage($id: ID!, $sessions: Int!) {\n    viewer {\n      timeZone\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      organisations {\n        id\n        name\n      }\n      sessions(first: $sessions, filter: { ended: false }) {\n        totalCount\n        nodes {\n          ...CatalogueSessionCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueTrainingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueViewerZone {\n    viewer {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').CatalogueViewerZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInPage($id: ID!) {\n    me {\n      id\n    }\n    event(id: $id) {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        id\n        name\n      }\n      session {\n        id\n        title\n      }\n      attendance {\n        status\n        method\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MySession on Session {\n    id\n    title\n    startDate\n    endDate\n    status\n    training {\n      id\n      title\n    }\n    locations {\n      id\n      name\n      timeZone\n    }\n    viewerRegistration {\n      id\n      role\n      state\n      position\n    }\n  }\n"): typeof import('./graphql').MySessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainingsPage($sessions: Int!, $events: Int!, $comments: Int!) {\n    me {\n      id\n      firstName\n      lastName\n      timeZone\n    }\n    upcoming: sessions(first: $sessions, filter: { mine: true, status: UPCOMING }, orderBy: START_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    ongoing: sessions(first: $sessions, filter: { mine: true, status: ONGOING }, orderBy: END_DATE_ASC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    past: sessions(first: $sessions, filter: { mine: true, ended: true }, orderBy: END_DATE_DESC) {\n      totalCount\n      nodes {\n        ...MySession\n      }\n    }\n    agenda: events(first: $events, filter: { mine: true, ended: false }) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        inscriptionMode\n        locationExtra\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n        comments(first: $comments) {\n          totalCount\n          nodes {\n            id\n            content\n            createdAt\n            author {\n              id\n              firstName\n              lastName\n            }\n          }\n        }\n      }\n    }\n    calendarFeed {\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyTrainingsPageDocument;
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
export function graphql(source: "\n  query EventAttendancePage($id: ID!) {\n    event(id: $id) {\n      id\n      status\n      timeZone\n      attendanceCan {\n        record\n        validate\n        correct\n      }\n      attendanceValidation {\n        validatedAt\n        validatedBy {\n          id\n          firstName\n          lastName\n        }\n      }\n      attendance {\n        status\n        comment\n        recordedAt\n        method\n        correctionReason\n        corrected\n        user {\n          id\n          firstName\n          lastName\n        }\n        recordedBy {\n          id\n          firstName\n          lastName\n        }\n        history {\n          id\n          fromStatus\n          toStatus\n          comment\n          changedAt\n          method\n          correctionReason\n          changedBy {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventAttendancePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      timeZone\n      status\n      inscriptionMode\n      maxUsers\n      locationExtra\n      location {\n        id\n        name\n        address\n      }\n      session {\n        id\n        title\n        training {\n          id\n          code\n          title\n        }\n      }\n      trainers(first: 100) {\n        totalCount\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n      viewerCan {\n        comment\n        registerLearners\n        edit\n        delete\n        repeat\n        documents\n        message\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n        totalCount\n      }\n      learners: inscriptions(role: LEARNER, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          state\n          position\n          createdAt\n          user {\n            id\n            firstName\n            lastName\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsViewer {\n    viewer {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').EventsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsTable($first: Int!, $after: String, $filter: EventFilter!, $orderBy: EventOrder) {\n    locations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        status\n        maxUsers\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n          training {\n            id\n            title\n          }\n        }\n        trainers(first: 5) {\n          totalCount\n          nodes {\n            id\n            firstName\n            lastName\n          }\n        }\n        registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationsTable($first: Int!, $after: String, $search: String, $orderBy: LocationOrder!) {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    timeZones\n    locations(first: $first, after: $after, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        address\n        timeZone\n        capacity\n        eventCount\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LocationsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ManageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsPage($after: String) {\n    viewer {\n      isAdmin\n    }\n    organisations(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        code\n        parent {\n          id\n        }\n        contents {\n          subOrganisations\n          members\n          trainings\n          locations\n          templates\n        }\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMailPage($id: ID!) {\n    viewer {\n      timeZone\n    }\n    outboxMail(id: $id) {\n      id\n      messageId\n      purpose\n      toAddress\n      toName\n      subject\n      text\n      html\n      state\n      attempts\n      nextAttemptAt\n      lastError\n      createdAt\n      sentAt\n      attachmentNames\n      viewerCan {\n        retry\n      }\n    }\n  }\n"): typeof import('./graphql').OutboxMailPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxViewer {\n    viewer {\n      isAdmin\n      timeZone\n    }\n  }\n"): typeof import('./graphql').OutboxViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPage($first: Int!, $after: String, $filter: OutboxMailFilter) {\n    outboxMails(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        toAddress\n        toName\n        subject\n        state\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql').OutboxPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendancePage($id: ID!) {\n    session(id: $id) {\n      id\n      attendanceOutcomes {\n        scheduledHours\n        attendedHours\n        outcome\n        user {\n          id\n          firstName\n          lastName\n        }\n        events {\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionAttendancePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSessionForm($id: ID!) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      promotionCutoffHours\n      registrationClosesAt\n      organisations {\n        id\n        name\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditSessionFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder, $eventSearch: String) {\n    viewer {\n      timeZone\n    }\n    session(id: $id) {\n      id\n      title\n      description\n      startDate\n      endDate\n      status\n      defaultSession\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      maxUsers\n      eventInscriptionMode\n      viewerCan {\n        edit\n        delete\n        documents\n        message\n      }\n      training {\n        id\n        code\n        title\n        viewerCan {\n          edit\n        }\n      }\n      organisations {\n        id\n        name\n      }\n      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {\n        ...SessionInscriptions\n      }\n      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {\n        ...SessionInscriptions\n      }\n      waitlisted: waitingList(first: $first) {\n        ...SessionInscriptions\n      }\n      registration {\n        freeSeats\n      }\n      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {\n        ...SessionInscriptions\n      }\n      trainers: inscriptions(role: TRAINER, first: $first) {\n        ...SessionInscriptions\n      }\n    }\n    openEvents: events(filter: { sessionId: $id, ended: false, search: $eventSearch }, orderBy: $openOrder, first: $first) {\n      ...SessionEvents\n    }\n    endedEvents: events(filter: { sessionId: $id, ended: true, search: $eventSearch }, orderBy: $endedOrder, first: $first) {\n      ...SessionEvents\n    }\n  }\n\n  fragment SessionInscriptions on InscriptionConnection {\n    totalCount\n    nodes {\n      id\n      state\n      createdAt\n      position\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n\n  fragment SessionEvents on EventConnection {\n    totalCount\n    nodes {\n      id\n      name\n      startAt\n      endAt\n      timeZone\n      location {\n        name\n      }\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      viewerCan {\n        edit\n        delete\n        repeat\n      }\n    }\n  }\n"): typeof import('./graphql').SessionPageDocument;
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
export function graphql(source: "\n  query SessionsTable(\n    $first: Int!\n    $after: String\n    $filter: SessionFilter!\n    $orderBy: SessionOrder!\n  ) {\n    trainings(first: 100, orderBy: TITLE_ASC) {\n      nodes {\n        id\n        code\n        title\n      }\n    }\n    sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        startDate\n        endDate\n        status\n        learnerCount\n        pendingCount\n        maxUsers\n        training {\n          id\n          title\n        }\n        viewerCan {\n          edit\n          delete\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionsTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditTemplateForm($id: ID!) {\n    viewer {\n      isAdmin\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    template(id: $id) {\n      id\n      name\n      kind\n      locale\n      subject\n      body\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n"): typeof import('./graphql').EditTemplateFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTemplateForm {\n    viewer {\n      isAdmin\n      canCreateTrainings\n      managedOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NewTemplateFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesViewer {\n    viewer {\n      timeZone\n      canCreateTrainings\n    }\n  }\n"): typeof import('./graphql').TemplatesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesTable($first: Int!, $after: String, $search: String, $kind: TemplateKind, $orderBy: TemplateOrder!) {\n    templates(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        kind\n        locale\n        subject\n        updatedAt\n        organisation {\n          id\n          name\n        }\n        viewerCan {\n          edit\n          delete\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TemplatesTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditTrainingForm($id: ID!) {\n    viewer {\n      managedOrganisations {\n        id\n        name\n      }\n    }\n    training(id: $id) {\n      id\n      code\n      title\n      description\n      objectives\n      prerequisites\n      durationHours\n      audience\n      accessibility\n      defaultSessionDays\n      maxUsers\n      publicRegistration\n      publicUnregistration\n      registrationValidation\n      eventInscriptionMode\n      organisations {\n        id\n        name\n      }\n      viewerCan {\n        edit\n      }\n    }\n  }\n"): typeof import('./graphql').EditTrainingFormDocument;
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
export function graphql(source: "\n  query UsersPage($first: Int!, $after: String, $search: String) {\n    viewer {\n      isAdmin\n    }\n    timeZones\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        email\n        firstName\n        lastName\n        locale\n        timeZone\n        active\n        isAdmin\n        viewerCan {\n          edit\n        }\n        memberships {\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapPage($after: String) {\n    trainings(first: 100, after: $after, sessions: { ended: false }) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        sessions(first: 100, filter: { ended: false }) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOwnProfile($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      locale\n      timeZone\n    }\n  }\n"): typeof import('./graphql').UpdateOwnProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {\n    recordAttendance(eventId: $eventId, userId: $userId, status: $status, comment: $comment) {\n      status\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllPresent($eventId: ID!) {\n    markAllPresent(eventId: $eventId) {\n      status\n    }\n  }\n"): typeof import('./graphql').MarkAllPresentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateAttendance($eventId: ID!) {\n    validateAttendance(eventId: $eventId) {\n      validatedAt\n    }\n  }\n"): typeof import('./graphql').ValidateAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!, $comment: String) {\n    correctAttendance(eventId: $eventId, userId: $userId, status: $status, reason: $reason, comment: $comment) {\n      status\n    }\n  }\n"): typeof import('./graphql').CorrectAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventCheckInCode($eventId: ID!) {\n    eventCheckIn(eventId: $eventId) {\n      url\n      code\n      expiresAt\n      stepSeconds\n      opensAt\n      closesAt\n      qrSvg\n    }\n  }\n"): typeof import('./graphql').EventCheckInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($eventId: ID!, $code: String!) {\n    checkIn(eventId: $eventId, code: $code) {\n      status\n      method\n      recordedAt\n    }\n  }\n"): typeof import('./graphql').CheckInDocument;
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
export function graphql(source: "\n  mutation SendSessionInvitations($sessionId: ID!, $userIds: [ID!]) {\n    sendSessionInvitations(sessionId: $sessionId, userIds: $userIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendSessionInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEventInvitations($eventId: ID!, $userIds: [ID!]) {\n    sendEventInvitations(eventId: $eventId, userIds: $userIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendEventInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventLearnerDocuments($id: ID!) {\n    event(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n"): typeof import('./graphql').EventLearnerDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionLearnerDocuments($id: ID!) {\n    session(id: $id) {\n      id\n      invitationSummary {\n        open\n        learners\n      }\n      certificateCount\n    }\n  }\n"): typeof import('./graphql').SessionLearnerDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFormContext($sessionId: ID!) {\n    viewer {\n      eventDefaultTimeZone\n      canManageLocations\n    }\n    session(id: $sessionId) {\n      id\n      maxUsers\n      eventInscriptionMode\n      trainers(first: 100) {\n        nodes {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n    locations(first: 100) {\n      nodes {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').EventFormContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventToEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      startAt\n      endAt\n      locationExtra\n      maxUsers\n      inscriptionMode\n      location {\n        id\n      }\n      trainers(first: 100) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventToEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEventRegistrants($eventId: ID!, $userIds: [ID!]!) {\n    addEventRegistrants(eventId: $eventId, userIds: $userIds) {\n      userId\n      outcome\n      reason\n      inscription {\n        id\n        state\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').AddEventRegistrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDeletionImpact($id: ID!) {\n    event(id: $id) {\n      inscriptions(role: LEARNER, first: 0) {\n        totalCount\n      }\n      comments(first: 0) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').EventDeletionImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvent($id: ID!) {\n    deleteEvent(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepeatLimits {\n    repeatLimits {\n      maxCopies\n      maxWeeks\n    }\n  }\n"): typeof import('./graphql').RepeatLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepeatEventPreview($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEventPreview(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      timeZone\n      occurrences {\n        startAt\n        endAt\n      }\n    }\n  }\n"): typeof import('./graphql').RepeatEventPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepeatEvent($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {\n    repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {\n      id\n    }\n  }\n"): typeof import('./graphql').RepeatEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationUsage($id: ID!) {\n    location(id: $id) {\n      eventCount\n    }\n  }\n"): typeof import('./graphql').LocationUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLocation($id: ID!) {\n    deleteLocation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n    updateLocation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarEvents($after: DateTimeISO!, $before: DateTimeISO!) {\n    events(first: 100, filter: { mine: true, endsAfter: $after, startsBefore: $before }, orderBy: START_ASC) {\n      totalCount\n      nodes {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        location {\n          id\n          name\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCalendarEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificatesList {\n    myCertificates {\n      events {\n        id\n        name\n        startAt\n        endAt\n        timeZone\n        session {\n          id\n          title\n        }\n      }\n      sessions {\n        attendedHours\n        scheduledHours\n        session {\n          id\n          title\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCertificatesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      internalRecipients\n      emailsQueued\n      message {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMessages($sessionId: ID!, $first: Int!) {\n    viewer {\n      timeZone\n    }\n    sessionMessages(sessionId: $sessionId, first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        channels\n        createdAt\n        recipientCount\n        emailCount\n        sender {\n          id\n          firstName\n          lastName\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): typeof import('./graphql').UnreadMessageCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessages($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadMessageCount\n    myMessages(first: $first) {\n      totalCount\n      nodes {\n        id\n        subject\n        body\n        read\n        sentAt\n        sender {\n          id\n          firstName\n          lastName\n        }\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkMessagesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaderNotifications($first: Int!) {\n    viewer {\n      timeZone\n    }\n    unreadNotificationCount\n    notifications(first: $first) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        session {\n          id\n          title\n        }\n        event {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HeaderNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMail($id: ID!) {\n    retryOutboxMail(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').RetryOutboxMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeople($search: String!) {\n    users(search: $search, first: 10) {\n      nodes {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPeopleDocument;
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
export function graphql(source: "\n  mutation DeleteTemplate($id: ID!) {\n    deleteTemplate(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatePlaceholders($kind: TemplateKind!) {\n    templatePlaceholders(kind: $kind) {\n      name\n      loop\n      within\n      description {\n        fr\n        en\n      }\n    }\n  }\n"): typeof import('./graphql').TemplatePlaceholdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatePreview($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {\n    templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) {\n      subject\n      html\n    }\n  }\n"): typeof import('./graphql').TemplatePreviewDocument;
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
export function graphql(source: "\n  mutation SetMembership($userId: ID!, $organisationId: ID!, $role: MembershipRole!) {\n    setMembership(userId: $userId, organisationId: $organisationId, role: $role) {\n      role\n    }\n  }\n"): typeof import('./graphql').SetMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($userId: ID!, $organisationId: ID!) {\n    removeMembership(userId: $userId, organisationId: $organisationId) {\n      role\n    }\n  }\n"): typeof import('./graphql').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($userId: ID!, $password: String!) {\n    setUserPassword(userId: $userId, password: $password)\n  }\n"): typeof import('./graphql').SetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    updateUser(id: $id, input: { active: $active }) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerPreferencesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
