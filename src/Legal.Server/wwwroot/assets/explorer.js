// Starts GraphiQL against this server's own /graphql: the scripts are served from here, so it works offline.
(function () {
  var defaultQuery = [
    '# Law No. 106 of 2013, its articles and where each is read in a browser.',
    '{',
    '  instrument(id: "kw/law/2013/106") {',
    '    id',
    '    title(lang: EN)',
    '    provisions { id title(lang: EN) }',
    '  }',
    '}',
    '',
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true }));
})();
