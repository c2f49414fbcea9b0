/** The public questions: is this listed, and why (/api/v1/check), and what matches what I typed (/api/v1/search). */
package com.consumesafe.api.check;
