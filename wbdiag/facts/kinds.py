"""The vocabulary of deployment kinds, shared by rules (`applies_to`, fixes) and the facts."""

from __future__ import annotations

import enum


class DeploymentKind(str, enum.Enum):
    """What a deployment is, as a set of these: a Helm release on OpenShift is
    {kubernetes, openshift, helm}. `kubernetes` holds for OpenShift too."""

    DOCKER = "docker"
    KUBERNETES = "kubernetes"
    OPENSHIFT = "openshift"
    HELM = "helm"
    OPERATOR = "operator"
