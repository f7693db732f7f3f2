import Link from 'next/link';

export default function HomePage() {
  return (
    <main className="page">
      <h1>Cursus — gestion des formations</h1>
      <p>
        Cursus gère le catalogue des formations, leurs sessions et les inscriptions des stagiaires.
      </p>
      <p>
        Toutes les données sont accessibles par une API GraphQL à l’adresse <code>/api/graphql</code> (requêtes{' '}
        <code>POST</code> au format JSON).
      </p>
      <p>
        Pour l’explorer, ouvrez le <Link href="/playground">playground</Link> : un éditeur GraphiQL hébergé par
        l’application, avec l’autocomplétion, la documentation du schéma et une requête d’exemple prête à exécuter.
      </p>
    </main>
  );
}
