-- Demo data for the local run only (mvn -Plocal). Every name here is made up.
INSERT INTO curated_list (slug, title, description) VALUES
    ('demo-boycott', 'Example Consumer Boycott (demo)',
     'A made-up boycott list so the local run has something to show. No real company is on it.'),
    ('demo-recalls', 'Example Product Recalls (demo)',
     'A made-up recall list for trying the API locally.')
ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description;
