{{/*
Expand the name of the chart.
*/}}
{{- define "consumesafe.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Create a default fully qualified app name, truncated at 63 characters (some Kubernetes name fields are limited to it).
If the release name contains the chart name it is used as the full name.
*/}}
{{- define "consumesafe.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Create chart name and version as used by the chart label.
*/}}
{{- define "consumesafe.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels
*/}}
{{- define "consumesafe.labels" -}}
helm.sh/chart: {{ include "consumesafe.chart" . }}
{{ include "consumesafe.selectorLabels" . }}
app.kubernetes.io/version: {{ include "consumesafe.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: consumesafe
{{- end }}

{{/*
Selector labels: never change them on an existing release (Deployment selectors are immutable).
*/}}
{{- define "consumesafe.selectorLabels" -}}
app.kubernetes.io/name: {{ include "consumesafe.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Create the name of the service account to use
*/}}
{{- define "consumesafe.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "consumesafe.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The image tag: the values' tag, else the chart's appVersion.
*/}}
{{- define "consumesafe.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag }}
{{- end }}

{{/*
The image reference: repository@digest when a digest is pinned (immutable), else repository:tag.
*/}}
{{- define "consumesafe.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (include "consumesafe.imageTag" .) }}
{{- end }}
{{- end }}

{{/*
Name of the CloudNativePG Cluster; the operator names its generated credentials Secret "<cluster>-app".
*/}}
{{- define "consumesafe.cnpgClusterName" -}}
{{- printf "%s-db" (include "consumesafe.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the helm test pod's component label, so the NetworkPolicy can let it in.
*/}}
{{- define "consumesafe.testLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: helm-test
{{- end }}
